package io.rumpcfg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One address of an interface. A static address carries its {@code addr}; dhcp and auto
 * carry none.
 */
public record IfAddr(AddressFamily type, AddrMethod method, Optional<Cidr> addr, Origin origin) {
    public IfAddr {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(addr, "addr");
        Objects.requireNonNull(origin, "origin");
        if (!method.allows(type)) {
            throw new IllegalArgumentException(method.token() + " is not a method of " + type.token());
        }
        if ((method == AddrMethod.STATIC) != addr.isPresent()) {
            throw new IllegalArgumentException("addr is required for static and only for static");
        }
        if (addr.isPresent() && addr.get().family() != type) {
            throw new IllegalArgumentException("addr " + addr.get() + " is not " + type.token());
        }
    }
}
