package io.rumpcfg.exec;

import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.platform.MountOptions;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A mount: its directory first, then the file system; a block device tried as each type in turn. */
final class Mounter {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);
    /** cd9660 is read-only by nature; the others are mounted read-write. */
    private static final String READ_ONLY_FS = "cd9660";

    private final Platform platform;

    Mounter(Platform platform) {
        this.platform = platform;
    }

    void mount(Mount mount) throws PlatformException, StepError {
        String mountpoint = mount.mountpoint();
        platform.mkdirs(mountpoint);
        MountSource source = mount.source();
        if (source instanceof MountSource.BlkDevice) {
            mountBlk(((MountSource.BlkDevice) source).device(), mountpoint);
        } else if (source instanceof MountSource.Tmpfs) {
            Map<String, String> options = Map.of(MountOptions.SIZE, Long.toString(((MountSource.Tmpfs) source).sizeBytes()));
            call("tmpfs", "tmpfs", mountpoint, options);
        } else if (source instanceof MountSource.Nfs) {
            MountSource.Nfs nfs = (MountSource.Nfs) source;
            Map<String, String> options = new LinkedHashMap<>();
            options.put(MountOptions.VERS, Integer.toString(nfs.vers()));
            options.put(MountOptions.PROTO, nfs.proto().token());
            if (nfs.readOnly()) {
                options.put(MountOptions.RO, MountOptions.TRUE);
            }
            call("nfs", nfs.path(), mountpoint, options);
        } else {
            call("kernfs", "kernfs", mountpoint, Map.of());
        }
    }

    /** Tries each file system in order; when none fits, the error names every attempt's cause. */
    private void mountBlk(String device, String mountpoint) throws StepError {
        List<String> causes = new ArrayList<>();
        PlatformException last = null;
        for (String fstype : MountSource.BlkDevice.FILESYSTEMS) {
            Map<String, String> options = fstype.equals(READ_ONLY_FS)
                    ? Map.of(MountOptions.RO, MountOptions.TRUE) : Map.of();
            try {
                call(fstype, device, mountpoint, options);
                return;
            } catch (PlatformException e) {
                LOG.debug("mount {} as {} failed: {}", device, fstype, e.getMessage());
                causes.add(fstype + ": " + e.getMessage());
                last = e;
            }
        }
        throw StepError.of(last.errno(), "no file system mountable on " + device + " (" + String.join("; ", causes) + ")");
    }

    private void call(String fstype, String source, String mountpoint, Map<String, String> options)
            throws PlatformException {
        LOG.debug("mount -t {} {} {} {}", fstype, source, mountpoint, options);
        platform.mount(fstype, source, mountpoint, options);
    }
}
