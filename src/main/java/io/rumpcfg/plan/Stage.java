package io.rumpcfg.plan;

/**
 * The coarse order of effects, close to the original interpreter's. Where no dependency
 * decides between two steps, the earlier stage goes first, then document order.
 */
public enum Stage {
    SYSCTL,
    ENV,
    HOSTNAME,
    BLK,
    LOCAL_MOUNT,
    NET_IF,
    NET_GW,
    NET_DNS,
    NFS_MOUNT,
    RC
}
