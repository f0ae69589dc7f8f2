package io.rumpcfg.model;

import java.util.Objects;

/**
 * An interface address with its prefix length: {@code 10.0.0.2/24}, {@code 2001:db8::2/64}.
 *
 * @param address the address
 * @param prefix  the prefix length, 0 to the family's {@link AddressFamily#bits()}
 */
public record Cidr(IpAddress address, int prefix) {
    /**
     * Makes a CIDR.
     *
     * @throws NullPointerException     if {@code address} is null
     * @throws IllegalArgumentException if {@code prefix} is out of range for the address's family
     */
    public Cidr {
        Objects.requireNonNull(address, "address");
        if (prefix < 0 || prefix > address.family().bits()) {
            throw new IllegalArgumentException("prefix out of range for " + address.family().token() + ": " + prefix);
        }
    }

    /** The address's family. */
    public AddressFamily family() {
        return address.family();
    }

    /** Whether {@code other} lies in this address's subnet. */
    public boolean contains(IpAddress other) {
        return address.sameSubnet(other, prefix);
    }

    @Override
    public String toString() {
        return address + "/" + prefix;
    }
}
