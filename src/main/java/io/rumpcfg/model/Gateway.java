package io.rumpcfg.model;

import java.util.Objects;

/**
 * {@code net.gateways[n]}: the default route of one address family.
 *
 * @param type   the address family, {@code inet} or {@code inet6}
 * @param addr   the router's address, of that family
 * @param origin where it was written
 */
public record Gateway(AddressFamily type, IpAddress addr, Origin origin) {
    /**
     * Makes a gateway.
     *
     * @throws NullPointerException     if any component is null
     * @throws IllegalArgumentException if {@code addr} is not of the family {@code type}
     */
    public Gateway {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(addr, "addr");
        Objects.requireNonNull(origin, "origin");
        if (addr.family() != type) {
            throw new IllegalArgumentException("gateway " + addr + " is not " + type.token());
        }
    }
}
