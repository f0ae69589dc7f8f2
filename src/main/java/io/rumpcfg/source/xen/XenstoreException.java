package io.rumpcfg.source.xen;

import java.util.Objects;
import java.util.Optional;

/** A xenstore request failed; {@link #kind} says how, so a caller can choose an exit code. */
public final class XenstoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** How a request failed. */
    public enum Kind {
        /** No daemon at the socket or device, or none that took the connection within the time-out. */
        UNREACHABLE,
        /** The daemon answered with an error, such as {@code ENOENT}. */
        ERROR_REPLY,
        /** The reply broke the protocol: cut short, for another request, or over the payload limit. */
        PROTOCOL,
        /** No reply within the time-out. */
        TIMEOUT,
        /** The request itself is over the payload limit; nothing was sent. */
        TOO_LARGE
    }

    /** How the request failed. */
    private final Kind kind;
    /** The daemon's error name, for {@link Kind#ERROR_REPLY}; null otherwise. */
    private final String errorName;

    XenstoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    XenstoreException(Kind kind, String message, String errorName) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.errorName = errorName;
    }

    /** How the request failed; never null. */
    public Kind kind() {
        return kind;
    }

    /** The daemon's error name ({@code ENOENT}, {@code EACCES}, ...) for {@link Kind#ERROR_REPLY}. */
    public Optional<String> errorName() {
        return Optional.ofNullable(errorName);
    }
}
