package io.rumpcfg.platform;

/**
 * The keys of the {@code options} map handed to {@link Platform#mount}; values are text.
 * A key is present only when it applies.
 */
public final class MountOptions {
    /** tmpfs: the size limit in bytes, in decimal: {@code "1048576"}. */
    public static final String SIZE = "size";
    /** nfs: the protocol version, {@code "2"} or {@code "3"}. */
    public static final String VERS = "vers";
    /** nfs: the transport, {@code "udp"} or {@code "tcp"}. */
    public static final String PROTO = "proto";
    /** Read-only: present, with the value {@link #TRUE}, on read-only mounts (nfs {@code ro}, cd9660). */
    public static final String RO = "ro";
    /** The value of a flag option that is set. */
    public static final String TRUE = "true";

    private MountOptions() {}
}
