package io.rumpcfg.model;

import java.util.Optional;

/** The {@code type} of an interface address or gateway. */
public enum AddressFamily {
    /** {@code inet}: IPv4. */
    INET("inet", 32),
    /** {@code inet6}: IPv6. */
    INET6("inet6", 128);

    private final String token;
    private final int bits;

    AddressFamily(String token, int bits) {
        this.token = token;
        this.bits = bits;
    }

    /** The value as written in a configuration. */
    public String token() {
        return token;
    }

    /** The largest prefix length: 32 or 128. */
    public int bits() {
        return bits;
    }

    /**
     * The family written as {@code token}, or empty when no family is written so (the match is
     * exact, case included).
     */
    public static Optional<AddressFamily> fromToken(String token) {
        for (AddressFamily family : values()) {
            if (family.token.equals(token)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }
}
