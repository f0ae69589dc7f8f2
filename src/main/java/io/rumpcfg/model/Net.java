package io.rumpcfg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code net}: interfaces with their addresses, default routes, and DNS. */
public record Net(List<NetInterface> interfaces, List<Gateway> gateways, Optional<Dns> dns) {
    public static final Net NONE = new Net(List.of(), List.of(), Optional.empty());

    public Net {
        interfaces = List.copyOf(interfaces);
        gateways = List.copyOf(gateways);
        Objects.requireNonNull(dns, "dns");
    }
}
