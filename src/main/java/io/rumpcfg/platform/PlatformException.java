package io.rumpcfg.platform;

import java.util.Objects;

/** A platform call failed: the errno-style code says how, the message says what. */
public final class PlatformException extends Exception {
    private static final long serialVersionUID = 1L;

    /** How the call failed. */
    private final Errno errno;

    /**
     * A failure with its code and what failed; the message becomes {@code "ERRNO: message"}.
     *
     * @throws NullPointerException if either argument is null
     */
    public PlatformException(Errno errno, String message) {
        super(errno + ": " + Objects.requireNonNull(message, "message"));
        this.errno = Objects.requireNonNull(errno, "errno");
    }

    /**
     * A failure with its code, what failed, and the exception that caused it.
     *
     * @throws NullPointerException if {@code errno} or {@code message} is null
     */
    public PlatformException(Errno errno, String message, Throwable cause) {
        this(errno, message);
        initCause(cause);
    }

    /** How the call failed; never null. */
    public Errno errno() {
        return errno;
    }
}
