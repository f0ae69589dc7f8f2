package io.rumpcfg.testing;

import java.util.Objects;

/**
 * A block device under /dev in a {@link FakePlatform}, or as a {@link PlatformState} lists it.
 *
 * @param path     {@code /dev/xbd0}
 * @param kind     {@code etfs}, {@code vnd}, or {@code declared} (given to the builder)
 * @param backing  the host path (etfs) or backing file (vnd); empty for declared devices
 * @param readOnly whether it was configured read-only
 */
public record DeviceNode(String path, String kind, String backing, boolean readOnly) {
    /**
     * Makes a node.
     *
     * @throws NullPointerException if {@code path}, {@code kind} or {@code backing} is null
     */
    public DeviceNode {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(backing, "backing");
    }
}
