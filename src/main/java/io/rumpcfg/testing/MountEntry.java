package io.rumpcfg.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A line of a {@link FakePlatform}'s mount table, or of a {@link PlatformState}'s.
 *
 * @param fstype     the file system type, such as {@code ffs} or {@code tmpfs}
 * @param source     what was mounted, as {@link io.rumpcfg.platform.Platform#mount} got it: a
 *                   device path, {@code server:/export}, or the type's name
 * @param mountpoint the absolute guest directory it is mounted on
 * @param options    the options as text, keyed as {@link io.rumpcfg.platform.MountOptions} says, in
 *                   the order given
 */
public record MountEntry(String fstype, String source, String mountpoint, Map<String, String> options) {
    /**
     * Makes an entry, copying {@code options} in their order.
     *
     * @throws NullPointerException if any component, key or value is null
     */
    public MountEntry {
        Objects.requireNonNull(fstype, "fstype");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mountpoint, "mountpoint");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
}
