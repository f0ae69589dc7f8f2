package io.rumpcfg.model;

import java.util.Objects;

/** {@code net.gateways[n]}: the default route of one address family. */
public record Gateway(AddressFamily type, IpAddress addr, Origin origin) {
    public Gateway {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(addr, "addr");
        Objects.requireNonNull(origin, "origin");
        if (addr.family() != type) {
            throw new IllegalArgumentException("gateway " + addr + " is not " + type.token());
        }
    }
}
