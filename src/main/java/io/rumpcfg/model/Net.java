package io.rumpcfg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code net}: interfaces with their addresses, default routes, and DNS.
 *
 * @param interfaces the interfaces, in document order
 * @param gateways   the default routes, in document order
 * @param dns        the DNS settings, when {@code net.dns} is given
 */
public record Net(List<NetInterface> interfaces, List<Gateway> gateways, Optional<Dns> dns) {
    /** No network configuration: what a document without {@code net} has. */
    public static final Net NONE = new Net(List.of(), List.of(), Optional.empty());

    /**
     * Makes a network configuration, copying the lists.
     *
     * @throws NullPointerException if any component, or any list element, is null
     */
    public Net {
        interfaces = List.copyOf(interfaces);
        gateways = List.copyOf(gateways);
        Objects.requireNonNull(dns, "dns");
    }
}
