package io.rumpcfg.model;

import java.util.Objects;

/** The host name; applied as sysctl {@value #SYSCTL_KEY}. */
public record Hostname(String name, Origin origin) {
    public static final String SYSCTL_KEY = "kern.hostname";

    public Hostname {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
    }
}
