package io.rumpcfg.model;

import java.util.Optional;

/** How an rc entry runs relative to the next one. */
public enum RunMode {
    /** {@code ""}: run and wait for it to exit. */
    WAIT(""),
    /** {@code "&"}: leave it running in the background. */
    BACKGROUND("&"),
    /** {@code "|"}: pipe its stdout into the next entry's stdin. */
    PIPE("|");

    private final String token;

    RunMode(String token) {
        this.token = token;
    }

    /** The value as written in a configuration. */
    public String token() {
        return token;
    }

    /** The run mode written as {@code token}, or empty when no mode is written so. */
    public static Optional<RunMode> fromToken(String token) {
        for (RunMode mode : values()) {
            if (mode.token.equals(token)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
