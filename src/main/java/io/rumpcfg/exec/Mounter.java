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

    void mount(Mount mount) throws PlatformException {
        platform.mkdirs(mount.mountpoint());
        mount.source().accept(new On(mount.mountpoint()));
    }

    /** The platform's mount calls for each kind of source, at one mountpoint. */
    private final class On implements MountSource.Visitor<Void, PlatformException> {
        private final String mountpoint;

        On(String mountpoint) {
            this.mountpoint = mountpoint;
        }

        @Override
        public Void blk(MountSource.BlkDevice blk) throws PlatformException {
            mountBlk(blk.device(), mountpoint);
            return null;
        }

        @Override
        public Void kernfs(MountSource.Kernfs kernfs) throws PlatformException {
            call("kernfs", "kernfs", mountpoint, Map.of());
            return null;
        }

        @Override
        public Void tmpfs(MountSource.Tmpfs tmpfs) throws PlatformException {
            call("tmpfs", "tmpfs", mountpoint, Map.of(MountOptions.SIZE, Long.toString(tmpfs.sizeBytes())));
            return null;
        }

        @Override
        public Void nfs(MountSource.Nfs nfs) throws PlatformException {
            Map<String, String> options = new LinkedHashMap<>();
            options.put(MountOptions.VERS, Integer.toString(nfs.vers()));
            options.put(MountOptions.PROTO, nfs.proto().token());
            if (nfs.readOnly()) {
                options.put(MountOptions.RO, MountOptions.TRUE);
            }
            call("nfs", nfs.path(), mountpoint, options);
            return null;
        }
    }

    /** Tries each file system in order; when none fits, the error names every attempt's cause. */
    private void mountBlk(String device, String mountpoint) throws PlatformException {
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
        throw new PlatformException(last.errno(), "no file system mountable on " + device + " (" + String.join("; ", causes) + ")");
    }

    private void call(String fstype, String source, String mountpoint, Map<String, String> options)
            throws PlatformException {
        LOG.debug("mount -t {} {} {} {}", fstype, source, mountpoint, options);
        platform.mount(fstype, source, mountpoint, options);
    }
}
