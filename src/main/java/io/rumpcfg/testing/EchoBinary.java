package io.rumpcfg.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@link BakedBinary#echo()}: prints its argv as one line, then copies its stdin to its stdout.
 * A class, not a lambda, as no lambda runs on {@code rumpcfg run}'s way (docs/performance.md,
 * "Cold start").
 */
final class EchoBinary implements BakedBinary {
    static final EchoBinary INSTANCE = new EchoBinary();

    private EchoBinary() {}

    @Override
    public int run(List<String> argv, Map<String, String> env, InputStream stdin, OutputStream stdout)
            throws IOException {
        stdout.write((String.join(" ", argv) + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.transferTo(stdout);
        return 0;
    }
}
