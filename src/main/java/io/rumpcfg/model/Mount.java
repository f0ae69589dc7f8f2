package io.rumpcfg.model;

import java.util.Objects;

/**
 * {@code mount.<mountpoint>}: a file system to mount; the directory is created as needed.
 *
 * @param mountpoint the absolute directory to mount on, as written
 * @param source     what is mounted there
 * @param origin     where the entry was written
 */
public record Mount(String mountpoint, MountSource source, Origin origin) {
    /**
     * Makes a mount.
     *
     * @throws NullPointerException if any component is null
     */
    public Mount {
        Objects.requireNonNull(mountpoint, "mountpoint");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }
}
