package io.rumpcfg.platform;

import java.util.List;
import java.util.Map;

/**
 * What a guest must offer for a configuration to be applied: one method per effect.
 *
 * <p>A runtime that boots a guest implements this interface; the executor calls it in plan
 * order, never concurrently. Every failure is a {@link PlatformException} with an errno-style
 * code. Paths are absolute guest paths.
 */
public interface Platform {
    /** Sets a global sysctl; {@code value} is the text NetBSD takes (true is "1"). */
    void sysctl(String key, String value) throws PlatformException;

    /** Sets an environment variable for the programs started later. */
    void setenv(String name, String value) throws PlatformException;

    /** Creates a cloned interface, such as Xen's {@code xenif0}. */
    void ifcreate(String ifname) throws PlatformException;

    /** Starts DHCP for IPv4 on the interface. */
    void dhcp4(String ifname) throws PlatformException;

    /** Adds a static IPv4 address; {@code address} is a dotted quad. */
    void ifaddr4(String ifname, String address, int prefix) throws PlatformException;

    /** Starts IPv6 stateless autoconfiguration on the interface. */
    void auto6(String ifname) throws PlatformException;

    /** Adds a static IPv6 address. */
    void ifaddr6(String ifname, String address, int prefix) throws PlatformException;

    /** Sets the IPv4 default route. */
    void gateway4(String address) throws PlatformException;

    /** Sets the IPv6 default route. */
    void gateway6(String address) throws PlatformException;

    /** Creates a directory and its missing parents; an existing directory is fine. */
    void mkdirs(String path) throws PlatformException;

    /**
     * Replaces a file's content atomically: a reader sees the old content or the new, never
     * a part.
     */
    void writeFile(String path, byte[] content) throws PlatformException;

    /**
     * Reads at most {@code maxBytes} of a file; a longer file fails with {@link Errno#E2BIG}.
     * Used to read a configuration from the root file system.
     */
    byte[] readFile(String path, int maxBytes) throws PlatformException;

    /** Registers {@code device} (e.g. {@code /dev/xbd0}) as backed by the host's {@code hostPath}. */
    void etfsRegister(String device, String hostPath) throws PlatformException;

    /**
     * Presents {@code file} as the disk {@code /dev/vnd<unit>}; its partitions, such as
     * {@code /dev/vnd0a}, become mountable.
     */
    void vndConfigure(int unit, String file, boolean readOnly) throws PlatformException;

    /**
     * Mounts a file system. {@code source} is a device path for ffs, ext2fs and cd9660,
     * {@code server:/export} for nfs, and the fstype's name for kernfs and tmpfs;
     * {@code options} holds options as text, keyed as {@link MountOptions} says (tmpfs
     * {@code size} in bytes; nfs {@code vers}, {@code proto}, {@code ro}; cd9660 {@code ro}).
     * The mountpoint exists: the executor creates it with {@link #mkdirs} first. A device
     * that does not exist fails with {@link Errno#ENXIO}; a device that does not hold a file
     * system of this type fails (the executor then tries the next type).
     */
    void mount(String fstype, String source, String mountpoint, Map<String, String> options)
            throws PlatformException;

    /** The names of the binaries baked into the guest, in bake order. */
    List<String> bakedBinaries() throws PlatformException;

    /**
     * Starts a program; it runs until it exits on its own. The call returns once the program
     * has started, without waiting for it: the executor calls {@link Program#waitFor} when it
     * needs the exit status. An unknown {@code bin} fails with {@link Errno#ENOENT}.
     */
    Program spawn(SpawnRequest request) throws PlatformException;
}
