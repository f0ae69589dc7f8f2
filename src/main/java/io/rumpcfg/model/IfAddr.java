package io.rumpcfg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One address of an interface. A static address carries its {@code addr}; dhcp and auto
 * carry none.
 *
 * @param type   the address family
 * @param method how the address is got; one that {@code type} allows
 * @param addr   the address and prefix for {@code static}; empty for dhcp and auto
 * @param origin where it was written
 */
public record IfAddr(AddressFamily type, AddrMethod method, Optional<Cidr> addr, Origin origin) {
    /**
     * Makes an interface address.
     *
     * @throws NullPointerException     if any component is null
     * @throws IllegalArgumentException if {@code method} is not one of {@code type}, if
     *                                  {@code addr} is present for any method but static or
     *                                  missing for static, or if it is not of the family
     *                                  {@code type}
     */
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
