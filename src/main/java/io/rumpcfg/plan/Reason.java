package io.rumpcfg.plan;

import io.rumpcfg.model.DeviceNames;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.RunMode;

/**
 * Why one step waits for another: one constant per dependency rule of {@link DependencyRules},
 * each able to put its edge into words from the two steps alone.
 *
 * <p>An edge keeps its reason as a constant and is put into words only when a plan's
 * dependencies are read (writing a plan, naming a cycle), not on the boot path, where
 * applying the plan needs the order alone.
 */
enum Reason {
    /** A mount waits for the mount at the nearest proper ancestor of its mountpoint. */
    BENEATH,
    /** A mount at a mountpoint mounted already waits for that mount: it goes over it. */
    OVER,
    /** A vnd waits for the mount holding its backing file. */
    BACKING_FILE,
    /** net.dns waits for the mount holding /etc/resolv.conf. */
    RESOLV_CONF,
    /** A mount of /dev/name or /dev/name and a partition letter waits for blk:name. */
    DEVICE,
    /** An NFS mount waits for each interface and gateway. */
    NFS_NETWORK,
    /** An NFS mount from a host name waits for DNS. */
    NFS_DNS,
    /** A program waits for the mount holding its workdir. */
    WORKDIR,
    /** rc:0 waits for each configuration step no other configuration step waits for. */
    AFTER_CONFIGURATION,
    /** rc:n waits for rc:n-1, in words that depend on how rc:n-1 runs. */
    AFTER_PREVIOUS;

    /**
     * The words of {@link #AFTER_CONFIGURATION}, which every configuration step a program waits
     * for shares: the graphs draw them once, for all of them.
     */
    static final String PROGRAMS_AFTER_CONFIGURATION = "programs start after configuration";

    /**
     * The reason {@code from} waits for {@code to}, in words.
     *
     * <p>One switch rather than a body per constant: a constant with a body is a class of its
     * own, and the planner on the boot path loads every constant, so ten bodies were ten more
     * classes for a fresh JVM to load and verify before the first plan, for words that the boot
     * path never asks for (docs/performance.md, "The first call in a fresh JVM").
     */
    String words(Step from, Step to) {
        switch (this) {
            case BENEATH:
                return mountpoint(from) + " is beneath " + mountpoint(to);
            case OVER:
                return mountpoint(from) + " is mounted over the earlier mount there";
            case BACKING_FILE:
                return "the backing file " + ((Step.ConfigureBlk) from).resolvedFile() + " lies on " + mountpoint(to);
            case RESOLV_CONF:
                return Dns.RESOLV_CONF + " lies on " + mountpoint(to);
            case DEVICE: {
                String device = ((MountSource.BlkDevice) ((Step.MountFs) from).mount().source()).device();
                String name = ((Step.ConfigureBlk) to).blk().name();
                return device.equals(DeviceNames.DEV + name)
                        ? device + " is blk." + name
                        : device + " is a partition of blk." + name;
            }
            case NFS_NETWORK:
                return "NFS needs the network: " + to.id();
            case NFS_DNS:
                return ((MountSource.Nfs) ((Step.MountFs) from).mount().source()).server() + " is a host name: needs DNS";
            case WORKDIR: {
                String workdir = MountPaths.normalise(((Step.StartProgram) from).entry().effectiveWorkdir());
                return "its workdir " + workdir + " lies on " + mountpoint(to);
            }
            case AFTER_CONFIGURATION:
                return PROGRAMS_AFTER_CONFIGURATION;
            case AFTER_PREVIOUS: {
                RunMode mode = ((Step.StartProgram) to).entry().runmode();
                if (mode == RunMode.PIPE) {
                    return to.id() + " pipes its output into it";
                }
                if (mode == RunMode.BACKGROUND) {
                    return to.id() + " starts first, in the background";
                }
                return to.id() + " runs to its end first";
            }
            default:
                throw new AssertionError(this);
        }
    }

    private static String mountpoint(Step mount) {
        return MountPaths.normalise(((Step.MountFs) mount).mount().mountpoint());
    }
}
