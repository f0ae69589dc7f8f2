package io.rumpcfg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A valid configuration that touches every section, to load the code before fuzzing starts. */
final class FuzzWarmUp {
    private FuzzWarmUp() {}

    static byte[] example() {
        try (InputStream in = FuzzWarmUp.class.getResourceAsStream(
                "CheckFuzzTestInputs/checkPlansOrDiagnoses/hw-webserver.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
