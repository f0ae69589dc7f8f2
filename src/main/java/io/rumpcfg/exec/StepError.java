package io.rumpcfg.exec;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.util.Optional;
import java.util.OptionalInt;

/** Why a step could not be applied, on its way from the code that applies it to the executor. */
final class StepError extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Errno> errno;
    private final transient OptionalInt exitCode;

    private StepError(String cause, Optional<Errno> errno, OptionalInt exitCode) {
        super(cause);
        this.errno = errno;
        this.exitCode = exitCode;
    }

    static StepError of(PlatformException e) {
        return new StepError(e.getMessage(), Optional.of(e.errno()), OptionalInt.empty());
    }

    static StepError of(Errno errno, String message) {
        return new StepError(errno + ": " + message, Optional.of(errno), OptionalInt.empty());
    }

    /** What a platform or program threw that it should not have: named by its class and message. */
    static StepError platformError(Exception e) {
        return new StepError("platform error: " + e, Optional.empty(), OptionalInt.empty());
    }

    static StepError exited(String bin, int exitCode) {
        return new StepError(bin + " exited with status " + exitCode, Optional.empty(), OptionalInt.of(exitCode));
    }

    Optional<Errno> errno() {
        return errno;
    }

    OptionalInt exitCode() {
        return exitCode;
    }
}
