package io.rumpcfg.model;

import java.util.Optional;

/** The {@code type} of an interface address or gateway. */
public enum AddressFamily {
    INET("inet", 32),
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

    public static Optional<AddressFamily> fromToken(String token) {
        for (AddressFamily family : values()) {
            if (family.token.equals(token)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }
}
