package io.rumpcfg.convert;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The older format's {@code blk} objects: a device and, when it is mounted next, its mount
 * in one object, as the producers write them; a device mounted later, or a mount of no
 * device of the configuration, gets an object of its own ({@code source: dev} naming the
 * device node). Devices keep their order, and mounts theirs. A vnd's unit is its place among
 * the vnds (the older guests number them so) and one mounted with its device is mounted from
 * partition {@code d}, as master did. Left out (lossy), a mount takes with it every vnd whose
 * file lies on it: the document never keeps a vnd whose file nothing mounts.
 */
final class OlderStorage {
    /** The kernfs mount's path in the older format: it names no device, and the launcher wrote this. */
    static final String KERNFS_PATH = "virtual";
    private static final char VND_PARTITION = 'd';
    /** master registers an etfs disk as XENBLK_ and its name, cut to a 32-byte buffer: 24 bytes of name. */
    private static final int MASTER_DISK_NAME = 24;

    private final OlderOptions options;
    private final Losses losses;
    /** Where this pass reports: {@link #losses}, or a scratch one while finding stranded vnds. */
    private Losses sink;
    private final Set<String> dropped = new HashSet<>();
    // The three below hold the configuration's own elements, each once, by identity: the same
    // as by equals (each element has its own origin), without the records' generated equals and
    // hashCode, whose first call spins ~20 method-handle classes no CDS archive of JDK 17 keeps
    // (~10 ms of a cold `convert --to older`; docs/performance.md, "Cold start").
    /** The vnds left out because the mount their file lies on is, with that mount. */
    private final Map<Blk, Mount> stranded = new IdentityHashMap<>();
    /** The devices and the mounts this pass wrote. */
    private final Set<Blk> writtenDevices = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Mount> writtenMounts = Collections.newSetFromMap(new IdentityHashMap<>());
    private int nextVnd;

    OlderStorage(OlderOptions options, Losses losses) {
        this.options = options;
        this.losses = losses;
    }

    /**
     * The blk objects. Lossy, a pass that reports nowhere first finds the vnds whose file lies
     * on a mount left out, until there are no more; the pass that reports then leaves them out.
     */
    List<Map<String, String>> blks(Config config) {
        while (options.lossy()) {
            pass(config, new Losses(true));
            boolean more = false;
            for (Blk blk : config.blk()) {
                Optional<Mount> holding = blk instanceof Blk.Vnd && writtenDevices.contains(blk)
                        ? holdingMount(((Blk.Vnd) blk).file(), config.mounts()) : Optional.empty();
                if (holding.isPresent() && !writtenMounts.contains(holding.get())) {
                    stranded.put(blk, holding.get());
                    more = true;
                }
            }
            if (!more) {
                break;
            }
        }
        return pass(config, losses);
    }

    private List<Map<String, String>> pass(Config config, Losses to) {
        sink = to;
        dropped.clear();
        writtenDevices.clear();
        writtenMounts.clear();
        nextVnd = 0;
        List<Map<String, String>> out = new ArrayList<>();
        List<Blk> devices = config.blk();
        List<Mount> mounts = config.mounts();
        int b = 0;
        int m = 0;
        while (b < devices.size() || m < mounts.size()) {
            Optional<Mount> mount = m < mounts.size() ? Optional.of(mounts.get(m)) : Optional.empty();
            Optional<Blk> device = b < devices.size() ? Optional.of(devices.get(b)) : Optional.empty();
            if (mount.isPresent() && device.isPresent() && mountedFrom(mount.get(), device.get())) {
                Optional<Map<String, String>> blk = device(device.get(), mounts);
                if (blk.isPresent()) {
                    if (mount(mount.get(), blk.get())) {
                        writtenMounts.add(mount.get());
                    }
                    out.add(blk.get());
                } else {
                    sink.cannot(mount.get().origin(), "its device is not written");
                }
                b++;
                m++;
            } else if (mount.isPresent() && (device.isEmpty() || usesNoDevice(mount.get(), devices.subList(b, devices.size())))) {
                Optional<Map<String, String>> alone = mountAlone(mount.get());
                if (alone.isPresent()) {
                    writtenMounts.add(mount.get());
                    out.add(alone.get());
                }
                m++;
            } else {
                Optional<Map<String, String>> blk = device(device.get(), mounts);
                if (blk.isPresent()) {
                    out.add(blk.get());
                }
                b++;
            }
        }
        return out;
    }

    private Optional<Map<String, String>> device(Blk blk, List<Mount> mounts) {
        Optional<Map<String, String>> out = deviceObject(blk, mounts);
        if (out.isPresent()) {
            writtenDevices.add(blk);
        }
        return out;
    }

    private Optional<Map<String, String>> deviceObject(Blk blk, List<Mount> mounts) {
        return blk.accept(new Blk.Visitor<Optional<Map<String, String>>, RuntimeException>() {
            @Override
            public Optional<Map<String, String>> etfs(Blk.Etfs etfs) {
                return OlderStorage.this.etfs(etfs);
            }

            @Override
            public Optional<Map<String, String>> vnd(Blk.Vnd vnd) {
                return OlderStorage.this.vnd(vnd, mounts);
            }
        });
    }

    private Optional<Map<String, String>> vnd(Blk.Vnd vnd, List<Mount> mounts) {
        if (stranded.containsKey(vnd)) {
            sink.cannot(vnd.origin(), "its file lies on " + stranded.get(vnd).origin().path()
                    + ", which is left out");
            return drop(vnd);
        }
        int unit = nextVnd;
        if (vnd.unit() != unit) {
            sink.cannot(vnd.origin(), "the older guests number the vnds in order: this one would be vnd"
                    + unit);
            return drop(vnd);
        }
        if (onVnd(vnd.file(), mounts)) {
            sink.cannot(vnd.origin(), "its file lies on another vnd's file system: the older format "
                    + "has no vnd chains");
            return drop(vnd);
        }
        if (!sink.verbatim(vnd.file(), vnd.origin())) {
            return drop(vnd);
        }
        nextVnd++;
        Map<String, String> out = new LinkedHashMap<>();
        out.put("source", "vnd");
        out.put("path", vnd.file());
        return Optional.of(out);
    }

    private Optional<Map<String, String>> etfs(Blk.Etfs etfs) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("source", "etfs");
        if (etfs.hostPath().equals(Blk.Etfs.BLKFRONT_PREFIX + etfs.name()) && etfs.name().length() > MASTER_DISK_NAME) {
            sink.cannot(etfs.origin(), "master's guest cuts an etfs name to " + MASTER_DISK_NAME + " bytes for its disk,"
                    + " and " + etfs.name() + " is longer");
            return drop(etfs);
        } else if (etfs.hostPath().equals(Blk.Etfs.BLKFRONT_PREFIX + etfs.name())) {
            out.put("path", etfs.name());
        } else if (etfs.hostPath().equals(Blk.Etfs.SOLO5_PREFIX + etfs.name())
                && options.dialect() == OlderDialect.SOLO5) {
            out.put("path", "/dev/" + etfs.name());
        } else {
            sink.cannot(etfs.origin(), "an older etfs device is named after its disk ("
                    + (options.dialect() == OlderDialect.SOLO5 ? "blkfront:<name>, or solo5:<name>" : "blkfront:<name>")
                    + "), and this one is " + etfs.hostPath());
            return drop(etfs);
        }
        return Optional.of(out);
    }

    /** Remembers a device not written, so that its mounts are not written either. */
    private Optional<Map<String, String>> drop(Blk blk) {
        dropped.add(blk.devicePath());
        return Optional.empty();
    }

    /** The mount an absolute {@code file} lies on: the one at its nearest ancestor; none for a relative one. */
    private static Optional<Mount> holdingMount(String file, List<Mount> mounts) {
        Mount holding = null;
        for (Mount m : mounts) {
            boolean above = m.mountpoint().equals("/") ? file.startsWith("/") : file.startsWith(m.mountpoint() + "/");
            if (above && (holding == null || m.mountpoint().length() > holding.mountpoint().length())) {
                holding = m;
            }
        }
        return Optional.ofNullable(holding);
    }

    /** Whether an absolute {@code file} lies beneath a mount of a vnd. */
    private static boolean onVnd(String file, List<Mount> mounts) {
        for (Mount m : mounts) {
            if (m.source() instanceof MountSource.BlkDevice
                    && ((MountSource.BlkDevice) m.source()).device().startsWith("/dev/vnd")
                    && (m.mountpoint().equals("/") ? file.startsWith("/") : file.startsWith(m.mountpoint() + "/"))) {
                return true;
            }
        }
        return false;
    }

    private Optional<Map<String, String>> mountAlone(Mount mount) {
        Optional<String> path = mount.source().accept(new MountSource.Visitor<Optional<String>, RuntimeException>() {
            @Override
            public Optional<String> blk(MountSource.BlkDevice blk) {
                String device = blk.device();
                if (onAny(device, dropped)) {
                    sink.cannot(mount.origin(), "its device is not written");
                    return Optional.empty();
                }
                return sink.verbatim(device, mount.origin()) ? Optional.of(device) : Optional.empty();
            }

            @Override
            public Optional<String> kernfs(MountSource.Kernfs kernfs) {
                return Optional.of(KERNFS_PATH);
            }

            @Override
            public Optional<String> tmpfs(MountSource.Tmpfs tmpfs) {
                return notMountable(mount);
            }

            @Override
            public Optional<String> nfs(MountSource.Nfs nfs) {
                return notMountable(mount);
            }
        });
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("source", "dev");
        out.put("path", path.get());
        return mount(mount, out) ? Optional.of(out) : Optional.empty();
    }

    private Optional<String> notMountable(Mount mount) {
        sink.cannot(mount.origin(), "the older format mounts block devices and "
                + "kernfs only, not " + mount.source().source());
        return Optional.empty();
    }

    /** Adds fstype and mountpoint; false, reported, when the mountpoint cannot be written. */
    private boolean mount(Mount mount, Map<String, String> blk) {
        if (mount.mountpoint().equals("/") && options.dialect() == OlderDialect.MASTER) {
            sink.cannot(mount.origin(), "master mounts over /, hiding the rump root; only "
                    + "the Solo5 forks union-mount it (--dialect solo5)");
            return false;
        }
        if (!sink.verbatim(mount.mountpoint(), mount.origin())) {
            return false;
        }
        blk.put("fstype", mount.source() instanceof MountSource.Kernfs ? "kernfs" : "blk");
        blk.put("mountpoint", mount.mountpoint());
        return true;
    }

    private static boolean mountedFrom(Mount mount, Blk blk) {
        if (!(mount.source() instanceof MountSource.BlkDevice)) {
            return false;
        }
        String device = ((MountSource.BlkDevice) mount.source()).device();
        return blk instanceof Blk.Vnd ? device.equals(blk.devicePath() + VND_PARTITION) : device.equals(blk.devicePath());
    }

    /** Whether the mount is of no device still to be written (so it can go now). */
    private static boolean usesNoDevice(Mount mount, List<Blk> devices) {
        if (!(mount.source() instanceof MountSource.BlkDevice)) {
            return true;
        }
        String device = ((MountSource.BlkDevice) mount.source()).device();
        for (Blk d : devices) {
            if (onDevice(device, d.devicePath())) {
                return false;
            }
        }
        return true;
    }

    private static boolean onAny(String device, Set<String> disks) {
        for (String disk : disks) {
            if (onDevice(device, disk)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a device node is {@code disk} or one of its partitions (a letter more). */
    private static boolean onDevice(String device, String disk) {
        return device.startsWith(disk) && device.length() <= disk.length() + 1;
    }
}
