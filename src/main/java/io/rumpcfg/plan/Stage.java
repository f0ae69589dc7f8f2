package io.rumpcfg.plan;

/**
 * The coarse order of effects, close to the original interpreter's. Where no dependency
 * decides between two steps, the earlier stage goes first, then document order.
 */
public enum Stage {
    /** Global sysctl settings. */
    SYSCTL,
    /** Environment variables. */
    ENV,
    /** The host name. */
    HOSTNAME,
    /** Block devices: etfs registrations and vnd configurations. */
    BLK,
    /** Mounts of everything but NFS: block devices, kernfs, tmpfs. */
    LOCAL_MOUNT,
    /** Interfaces and their addresses. */
    NET_IF,
    /** Default routes. */
    NET_GW,
    /** /etc/resolv.conf. */
    NET_DNS,
    /** NFS mounts, which need the network. */
    NFS_MOUNT,
    /** The programs, in rc order. */
    RC
}
