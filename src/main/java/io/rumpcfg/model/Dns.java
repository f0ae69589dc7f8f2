package io.rumpcfg.model;

import java.util.List;
import java.util.Objects;

/**
 * {@code net.dns}: what goes into /etc/resolv.conf.
 *
 * @param nameservers the {@code nameserver} addresses, in order
 * @param search      the search domains, in order; may be empty
 * @param origin      where {@code net.dns} was written
 */
public record Dns(List<IpAddress> nameservers, List<String> search, Origin origin) {
    /** The file the DNS settings are written to. */
    public static final String RESOLV_CONF = "/etc/resolv.conf";

    /**
     * Makes DNS settings, copying the lists.
     *
     * @throws NullPointerException if any component, or any list element, is null
     */
    public Dns {
        nameservers = List.copyOf(nameservers);
        search = List.copyOf(search);
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * The file's content: a {@code nameserver} line for each server, then one {@code search}
     * line when there are search domains.
     */
    public String resolvConf() {
        StringBuilder out = new StringBuilder();
        for (IpAddress server : nameservers) {
            out.append("nameserver ").append(server).append('\n');
        }
        if (!search.isEmpty()) {
            out.append("search ").append(String.join(" ", search)).append('\n');
        }
        return out.toString();
    }
}
