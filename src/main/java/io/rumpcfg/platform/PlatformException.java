package io.rumpcfg.platform;

import java.util.Objects;

/** A platform call failed: the errno-style code says how, the message says what. */
public final class PlatformException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Errno errno;

    public PlatformException(Errno errno, String message) {
        super(errno + ": " + Objects.requireNonNull(message, "message"));
        this.errno = Objects.requireNonNull(errno, "errno");
    }

    public PlatformException(Errno errno, String message, Throwable cause) {
        this(errno, message);
        initCause(cause);
    }

    public Errno errno() {
        return errno;
    }
}
