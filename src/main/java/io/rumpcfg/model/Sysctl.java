package io.rumpcfg.model;

import java.util.Objects;

/**
 * One sysctl setting: global under {@code netbsd.sysctl}, or per process under an rc entry.
 *
 * @param key    the sysctl's name as written, such as {@code kern.maxfiles}
 * @param value  the value as written
 * @param origin where it was written
 */
public record Sysctl(String key, SysctlValue value, Origin origin) {
    /**
     * Makes a setting.
     *
     * @throws NullPointerException if any component is null
     */
    public Sysctl {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }
}
