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
    BENEATH {
        @Override
        String words(Step from, Step to) {
            return mountpoint(from) + " is beneath " + mountpoint(to);
        }
    },
    /** A mount at a mountpoint mounted already waits for that mount: it goes over it. */
    OVER {
        @Override
        String words(Step from, Step to) {
            return mountpoint(from) + " is mounted over the earlier mount there";
        }
    },
    /** A vnd waits for the mount holding its backing file. */
    BACKING_FILE {
        @Override
        String words(Step from, Step to) {
            return "the backing file " + ((Step.ConfigureBlk) from).resolvedFile() + " lies on " + mountpoint(to);
        }
    },
    /** net.dns waits for the mount holding /etc/resolv.conf. */
    RESOLV_CONF {
        @Override
        String words(Step from, Step to) {
            return Dns.RESOLV_CONF + " lies on " + mountpoint(to);
        }
    },
    /** A mount of /dev/name or /dev/name<letter> waits for blk:name. */
    DEVICE {
        @Override
        String words(Step from, Step to) {
            String device = ((MountSource.BlkDevice) ((Step.MountFs) from).mount().source()).device();
            String name = ((Step.ConfigureBlk) to).blk().name();
            return device.equals(DeviceNames.DEV + name)
                    ? device + " is blk." + name
                    : device + " is a partition of blk." + name;
        }
    },
    /** An NFS mount waits for each interface and gateway. */
    NFS_NETWORK {
        @Override
        String words(Step from, Step to) {
            return "NFS needs the network: " + to.id();
        }
    },
    /** An NFS mount from a host name waits for DNS. */
    NFS_DNS {
        @Override
        String words(Step from, Step to) {
            return ((MountSource.Nfs) ((Step.MountFs) from).mount().source()).server() + " is a host name: needs DNS";
        }
    },
    /** A program waits for the mount holding its workdir. */
    WORKDIR {
        @Override
        String words(Step from, Step to) {
            String workdir = MountPaths.normalise(((Step.StartProgram) from).entry().effectiveWorkdir());
            return "its workdir " + workdir + " lies on " + mountpoint(to);
        }
    },
    /** rc:0 waits for each configuration step no other configuration step waits for. */
    AFTER_CONFIGURATION {
        @Override
        String words(Step from, Step to) {
            return "programs start after configuration";
        }
    },
    /** rc:n waits for rc:n-1, in words that depend on how rc:n-1 runs. */
    AFTER_PREVIOUS {
        @Override
        String words(Step from, Step to) {
            RunMode mode = ((Step.StartProgram) to).entry().runmode();
            if (mode == RunMode.PIPE) {
                return to.id() + " pipes its output into it";
            }
            if (mode == RunMode.BACKGROUND) {
                return to.id() + " starts first, in the background";
            }
            return to.id() + " runs to its end first";
        }
    };

    /** The reason {@code from} waits for {@code to}, in words. */
    abstract String words(Step from, Step to);

    private static String mountpoint(Step mount) {
        return MountPaths.normalise(((Step.MountFs) mount).mount().mountpoint());
    }
}
