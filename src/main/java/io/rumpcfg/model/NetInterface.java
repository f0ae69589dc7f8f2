package io.rumpcfg.model;

import java.util.List;
import java.util.Objects;

/**
 * {@code net.interfaces.<name>}: an interface, created first when {@code create} is set.
 *
 * @param name   the interface name, such as {@code vioif0} or {@code xenif0}
 * @param create whether the interface is created (cloned) before it is configured
 * @param addrs  its addresses, in document order
 * @param origin where it was written
 */
public record NetInterface(String name, boolean create, List<IfAddr> addrs, Origin origin) {
    /**
     * Makes an interface, copying the list.
     *
     * @throws NullPointerException if any component, or any list element, is null
     */
    public NetInterface {
        Objects.requireNonNull(name, "name");
        addrs = List.copyOf(addrs);
        Objects.requireNonNull(origin, "origin");
    }
}
