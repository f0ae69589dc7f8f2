package io.rumpcfg.model;

import java.util.Optional;

/** How an interface gets an address: {@code dhcp} and {@code static} for inet, {@code auto} and {@code static} for inet6. */
public enum AddrMethod {
    /** {@code dhcp}: DHCP for an IPv4 address; inet only. */
    DHCP("dhcp", AddressFamily.INET),
    /** {@code auto}: IPv6 stateless autoconfiguration; inet6 only. */
    AUTO("auto", AddressFamily.INET6),
    /** {@code static}: the address given in {@code addr}; inet or inet6. */
    STATIC("static", null);

    private final String token;
    private final AddressFamily onlyFamily;

    AddrMethod(String token, AddressFamily onlyFamily) {
        this.token = token;
        this.onlyFamily = onlyFamily;
    }

    /** The value as written in a configuration. */
    public String token() {
        return token;
    }

    /** Whether this method may be used with addresses of {@code family}. */
    public boolean allows(AddressFamily family) {
        return onlyFamily == null || onlyFamily == family;
    }

    /**
     * The method written as {@code token}, or empty when no method is written so (the match is
     * exact, case included).
     */
    public static Optional<AddrMethod> fromToken(String token) {
        for (AddrMethod method : values()) {
            if (method.token.equals(token)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
