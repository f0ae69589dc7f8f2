package io.rumpcfg.model;

import java.util.Objects;

/** {@code mount.<mountpoint>}: a file system to mount; the directory is created as needed. */
public record Mount(String mountpoint, MountSource source, Origin origin) {
    public Mount {
        Objects.requireNonNull(mountpoint, "mountpoint");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }
}
