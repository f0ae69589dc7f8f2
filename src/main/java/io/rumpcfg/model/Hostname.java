package io.rumpcfg.model;

import java.util.Objects;

/**
 * The host name; applied as sysctl {@value #SYSCTL_KEY}.
 *
 * @param name   the host name as written
 * @param origin where it was written
 */
public record Hostname(String name, Origin origin) {
    /** The sysctl the host name is set through. */
    public static final String SYSCTL_KEY = "kern.hostname";

    /**
     * Makes a host name.
     *
     * @throws NullPointerException if any component is null
     */
    public Hostname {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
    }
}
