package io.rumpcfg.source.cmdline;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Mounts the root file system at /rootfs the way rumprun does, then reads the named configuration. */
final class RootfsConfig {
    /** Where the root file system goes; relative paths in its configuration resolve here. */
    static final String MOUNTPOINT = CmdlineSource.ROOTFS_MOUNTPOINT;
    /** The block devices tried first, in order: a virtio disk, then a SCSI one. */
    static final List<String> DEVICES = List.of("/dev/ld0a", "/dev/sd0a");
    /** Last, Xen's first disk through etfs, registered under this device name. */
    static final String ETFS_DEVICE = "/dev/rootfs";
    static final String ETFS_HOST_PATH = "blkfront:sda1";
    static final String FSTYPE = "ffs";

    private final Optional<Platform> platform;
    private final String path;
    private final String fileName;

    /**
     * @param path     what followed {@code _RUMPRUN_ROOTFSCFG=}, for messages
     * @param fileName the file's name inside the root file system: {@code path} without its
     *                 leading {@code /}, which the original drops before opening it from /rootfs
     */
    RootfsConfig(Optional<Platform> platform, String path, String fileName) {
        this.platform = platform;
        this.path = path;
        this.fileName = fileName;
    }

    private String file() {
        return MOUNTPOINT + "/" + fileName;
    }

    SourceResult read(BootOptions options) {
        String name = "rootfs:" + file();
        if (platform.isEmpty()) {
            return SourceResult.none(name, options, List.of(Diagnostic.error(Code.CMDLINE_NO_ROOTFS, Origin.SYNTHETIC,
                    CmdlineSource.ROOTFS_CFG_KEY + "=" + path + " needs a platform to mount the root file system")));
        }
        Platform p = platform.get();
        List<String> failures = new ArrayList<>();
        if (!mount(p, failures)) {
            return SourceResult.none(name, options, List.of(Diagnostic.error(Code.CMDLINE_NO_ROOTFS, Origin.SYNTHETIC,
                    "cannot mount the root file system at " + MOUNTPOINT + " for " + CmdlineSource.ROOTFS_CFG_KEY
                            + "=" + path + ": " + String.join("; ", failures))));
        }
        try {
            byte[] config = p.readFile(file(), SourceResult.MAX_CONFIG_BYTES);
            return SourceResult.of(name, config, options, List.of()).withBaseDir(MOUNTPOINT);
        } catch (PlatformException e) {
            Diagnostic d = e.errno() == Errno.E2BIG
                    ? SourceDiagnostics.overDocumentLimit(file(), SourceResult.MAX_CONFIG_BYTES + 1)
                    : SourceDiagnostics.unreadable(file(), e.getMessage());
            return SourceResult.none(name, options, List.of(d));
        }
    }

    private boolean mount(Platform p, List<String> failures) {
        try {
            p.mkdirs(MOUNTPOINT);
        } catch (PlatformException e) {
            failures.add("mkdir " + MOUNTPOINT + ": " + e.getMessage());
            return false;
        }
        for (String device : DEVICES) {
            if (tryMount(p, device, failures)) {
                return true;
            }
        }
        try {
            p.etfsRegister(ETFS_DEVICE, ETFS_HOST_PATH);
        } catch (PlatformException e) {
            failures.add("etfs " + ETFS_HOST_PATH + ": " + e.getMessage());
            return false;
        }
        return tryMount(p, ETFS_DEVICE, failures);
    }

    private static boolean tryMount(Platform p, String device, List<String> failures) {
        try {
            p.mount(FSTYPE, device, MOUNTPOINT, Map.of());
            return true;
        } catch (PlatformException e) {
            failures.add(device + ": " + e.getMessage());
            return false;
        }
    }
}
