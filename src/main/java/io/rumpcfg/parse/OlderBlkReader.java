package io.rumpcfg.parse;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the older format's {@code blk} objects, a device and its mount in one: {@code source}
 * ({@code dev}, {@code vnd}, {@code etfs}), {@code path}, {@code fstype} ({@code blk},
 * {@code kernfs}, or {@code kern} as master's own doc spells it) and {@code mountpoint}, all
 * strings. A {@code dev} needs no device: its path is the device node. An {@code etfs} path
 * {@code P} becomes device {@code P}, backed by {@code blkfront:P}, at /dev/P; the Solo5
 * forks' {@code /dev/ld0a} becomes device {@code ld0a} backed by {@code solo5:ld0a}. A {@code vnd}
 * gets the next unit in order of appearance (the first is vnd0) and, as master did, is
 * mounted from its whole-disk partition {@code /dev/vnd<N>d}. Values are checked by the
 * current format's blk and mount rules.
 */
final class OlderBlkReader {
    static final List<String> KEYS = List.of("source", "path", "fstype", "mountpoint");
    private static final Fields.Known KNOWN = Fields.Known.of(KEYS);
    static final List<String> SOURCES = List.of("dev", "vnd", "etfs");
    static final List<String> FSTYPES = List.of("blk", "kernfs", "kern");
    /** master mounted a vnd from RAW_PART, the partition covering the whole disk: 'd' on x86. */
    static final char VND_PARTITION = 'd';

    private final Reading reading;
    private final BlkReader blkReader;
    private final MountReader mountReader;
    private final List<Blk> blk = new ArrayList<>();
    private final List<Mount> mounts = new ArrayList<>();
    private int nextVnd;

    OlderBlkReader(Reading reading) {
        this.reading = reading;
        this.blkReader = new BlkReader(reading);
        this.mountReader = new MountReader(reading);
    }

    List<Blk> blk() {
        return List.copyOf(blk);
    }

    List<Mount> mounts() {
        return List.copyOf(mounts);
    }

    /** One {@code blk} object; {@code keyAt} is where its key is, the position of everything it becomes. */
    void read(int obj, ElementPath path, Position keyAt) {
        if (!reading.object(obj, path)) {
            return;
        }
        Tape t = reading.tape;
        Fields f = reading.fields(obj, path, "an older blk", KNOWN);
        boolean ok = true;
        for (int m : f.members()) {
            ok &= reading.string(Tape.value(m), path.key(t.text(m))) != null;
        }
        int source = f.value("source");
        int file = f.value("path");
        if (source == Tape.NONE || file == Tape.NONE) {
            reading.problems.missingKey(path, t.position(obj), source == Tape.NONE ? "source" : "path");
            return;
        }
        if (!ok) {
            return;
        }
        String kind = reading.oneOf(source, path.key("source"), "blk source", SOURCES);
        if (kind == null) {
            return;
        }
        Origin origin = new Origin(path, keyAt);
        String p = t.text(file);
        ElementPath pathAt = path.key("path");
        Position pathPos = t.position(file);
        Optional<String> device = device(kind, p, pathAt, pathPos, origin);
        int mountpoint = f.value("mountpoint");
        int fstype = f.member("fstype");
        if (mountpoint == Tape.NONE) {
            if (fstype != Tape.NONE) {
                reading.problems.olderIgnored(path.key("fstype"), t.position(fstype), "fstype", "without a mountpoint");
            }
            return;
        }
        if (fstype == Tape.NONE) {
            reading.problems.missingKey(path, t.position(obj), "fstype");
            return;
        }
        String fs = reading.oneOf(Tape.value(fstype), path.key("fstype"), "fstype", FSTYPES);
        String mp = t.text(mountpoint);
        boolean mpOk = mountReader.mountpoint(mp, path.key("mountpoint"), t.position(mountpoint));
        if (fs == null || !mpOk || device.isEmpty()) {
            return;
        }
        Optional<MountSource> mounted = fs.equals("blk")
                ? (kind.equals("dev") ? mountReader.device(p, pathAt, pathPos)
                        : Optional.of(new MountSource.BlkDevice(device.get())))
                : Optional.of(new MountSource.Kernfs());
        mounted.ifPresent(s -> mounts.add(new Mount(mp, s, origin)));
    }

    /** The device node the entry mounts from, after adding the device it needs, if any. */
    private Optional<String> device(String kind, String p, ElementPath pathAt, Position pathPos, Origin origin) {
        if (kind.equals("dev")) {
            return Optional.of(p);
        }
        if (kind.equals("vnd")) {
            int unit = nextVnd++;
            if (unit > Blk.Vnd.MAX_UNIT) {
                reading.problems.tooMany(pathAt, pathPos, "vnd devices", unit + 1, Blk.Vnd.MAX_UNIT + 1);
                return Optional.empty();
            }
            Blk.Vnd vnd = new Blk.Vnd("vnd" + unit, unit, p, origin);
            if (!blkReader.vndFile(p, pathAt, pathPos) || !blkReader.declare(vnd.name(), pathAt, pathPos)) {
                return Optional.empty();
            }
            blk.add(vnd);
            return Optional.of(vnd.devicePath() + VND_PARTITION);
        }
        Optional<Blk.Etfs> named = etfs(p, origin);
        if (named.isEmpty()) {
            reading.problems.badValue(pathAt, pathPos, p, "a disk for etfs: a Xen disk (xvd, sd or hd, letters, then"
                    + " an optional number: \"xvda\"), or a Solo5 device node (\"/dev/ld0a\")");
            return Optional.empty();
        }
        if (!blkReader.declare(named.get().name(), pathAt, pathPos)) {
            return Optional.empty();
        }
        Blk.Etfs etfs = named.get();
        blk.add(etfs);
        return Optional.of(etfs.devicePath());
    }

    /**
     * The device an etfs path stands for: a Xen disk {@code P} is device {@code P} backed by
     * {@code blkfront:P}; the Solo5 forks' {@code /dev/<name>} is device {@code name}, backed
     * by the Solo5 block device (the guest registers it under the odd node /dev//dev/name,
     * which the Solo5 back end serves whatever its name).
     */
    static Optional<Blk.Etfs> etfs(String p, Origin origin) {
        if (Syntax.isEtfsDisk(p)) {
            return Optional.of(new Blk.Etfs(p, Blk.Etfs.BLKFRONT_PREFIX + p, origin));
        }
        String dev = "/dev/";
        if (p.startsWith(dev) && Syntax.isBlkName(p.substring(dev.length()))) {
            String name = p.substring(dev.length());
            return Optional.of(new Blk.Etfs(name, Blk.Etfs.SOLO5_PREFIX + name, origin));
        }
        return Optional.empty();
    }
}
