package io.rumpcfg.testing;

import java.util.List;
import java.util.Objects;

/**
 * An interface of a {@link FakePlatform}, or as a {@link PlatformState} lists it.
 *
 * @param name      the interface name, such as {@code vioif0}
 * @param created   whether it was created with {@code ifcreate}
 * @param addresses in the order configured: {@code inet 10.0.0.2/24}, {@code inet dhcp},
 *                  {@code inet6 auto}, {@code inet6 2001:db8::2/64}
 */
public record NetInterfaceState(String name, boolean created, List<String> addresses) {
    /**
     * Makes a state, copying the addresses.
     *
     * @throws NullPointerException if {@code name}, {@code addresses} or any address is null
     */
    public NetInterfaceState {
        Objects.requireNonNull(name, "name");
        addresses = List.copyOf(addresses);
    }
}
