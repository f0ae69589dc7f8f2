package io.rumpcfg.model;

import java.util.Objects;

/** One sysctl setting: global under {@code netbsd.sysctl}, or per process under an rc entry. */
public record Sysctl(String key, SysctlValue value, Origin origin) {
    public Sysctl {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }
}
