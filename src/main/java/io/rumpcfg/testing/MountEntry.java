package io.rumpcfg.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A line of a {@link FakePlatform}'s mount table, or of a {@link PlatformState}'s. */
public record MountEntry(String fstype, String source, String mountpoint, Map<String, String> options) {
    public MountEntry {
        Objects.requireNonNull(fstype, "fstype");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mountpoint, "mountpoint");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
}
