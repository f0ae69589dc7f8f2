package io.rumpcfg.model;

import java.util.List;
import java.util.Objects;

/** {@code net.interfaces.<name>}: an interface, created first when {@code create} is set. */
public record NetInterface(String name, boolean create, List<IfAddr> addrs, Origin origin) {
    public NetInterface {
        Objects.requireNonNull(name, "name");
        addrs = List.copyOf(addrs);
        Objects.requireNonNull(origin, "origin");
    }
}
