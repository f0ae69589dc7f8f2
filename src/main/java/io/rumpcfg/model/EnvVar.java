package io.rumpcfg.model;

import java.util.Objects;

/** One environment variable, given to every program. */
public record EnvVar(String name, String value, Origin origin) {
    public EnvVar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }
}
