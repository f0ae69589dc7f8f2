package io.rumpcfg.model;

import java.util.List;
import java.util.Objects;

/** {@code net.dns}: what goes into /etc/resolv.conf. */
public record Dns(List<IpAddress> nameservers, List<String> search, Origin origin) {
    /** The file the DNS settings are written to. */
    public static final String RESOLV_CONF = "/etc/resolv.conf";

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
