package io.rumpcfg.parse;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code blk} objects of an older document, each a device and perhaps its mount, set up
 * when the guest reaches it: a vnd's backing file must be on a file system mounted so far,
 * and a mount beneath a later one is hidden by it.
 */
final class MasterBlk {
    /** The guest's device-name buffer: {@code /dev/} and the etfs path, cut to 31 bytes. */
    static final int DEVICE_NAME_BUFFER = 32;
    /** master mounts a vnd from RAW_PART, the partition covering the whole disk: 'd' on x86. */
    static final char VND_PARTITION = 'd';
    private static final String DEV = "/dev/";
    private static final String XENBLK = "XENBLK_";

    private final MasterReading r;
    private final JsmnTokens t;
    private final Problems problems;
    private final List<Blk> blk = new ArrayList<>();
    private final List<Mount> mounts = new ArrayList<>();
    private final Map<String, Position> mountedAt = new HashMap<>();
    private final List<VndSetUp> vndOrder = new ArrayList<>();
    /** A vnd as the guest sets it up: after {@code mountsBefore} mounts; its path at {@code pathToken}. */
    private record VndSetUp(Blk.Vnd vnd, int mountsBefore, int pathToken) {}

    private final Map<String, Position> etfsNames = new HashMap<>();
    private int nextVnd;

    MasterBlk(MasterReading r) {
        this.r = r;
        this.t = r.t;
        this.problems = r.problems;
    }

    List<Blk> blk() {
        return blk;
    }

    List<Mount> mounts() {
        return mounts;
    }

    int blk(ElementPath path, int key, int value) {
        if (t.type(value) == JsmnTokens.ARRAY) {
            // The multidev fork's shape: an array of blk objects.
            problems.olderFork(path, r.at(key), "blk", "takes an array of blk objects");
            int next = value + 1;
            for (int k = 0; k < t.size(value) && next < t.count(); k++) {
                int item = next;
                next = blkObject(path.index(k), item, item);
                if (next < 0) {
                    return -1;
                }
            }
            return next;
        }
        return blkObject(path, key, value);
    }

    /** One blk object; {@code key} is where its position is taken from. */
    private int blkObject(ElementPath path, int key, int value) {
        Map<String, Integer> f = r.members(MasterKeys.BLK, "blk", path, value);
        if (f == null) {
            return -1;
        }
        int next = value + 2 * t.size(value) + 1;
        Integer source = f.get("source");
        Integer file = f.get("path");
        if (source == null || file == null) {
            r.halt(path, value, "a blk object without " + MasterReading.missing(f, "source", "path")
                    + ": the guest halts (\"blk cfg missing vital data\")");
            return -1;
        }
        Origin origin = new Origin(path, r.at(key));
        String kind = t.text(source);
        String p = t.text(file);
        ElementPath pathAt = path.key(r.key(file));
        String device;
        switch (kind) {
            case "dev":
                device = p;
                break;
            case "vnd":
                device = vnd(p, pathAt, file, origin);
                break;
            case "etfs":
                device = etfs(p, pathAt, file, origin);
                break;
            default:
                r.halt(path.key(r.key(source)), source, "blk source " + Problems.quote(kind) + " is none of \"dev\", \"vnd\", \"etfs\"");
                return -1;
        }
        if (device == null) {
            return -1;
        }
        Integer mountpoint = f.get("mountpoint");
        Integer fstype = f.get("fstype");
        if (mountpoint == null) {
            if (fstype != null) {
                problems.olderIgnored(path.key(r.key(fstype)), r.at(fstype - 1), "fstype", "without a mountpoint");
            }
            return next;
        }
        if (fstype == null) {
            r.halt(path, value, "a mountpoint without an fstype: the guest halts (\"no fstype for mountpoint\")");
            return -1;
        }
        String fs = t.text(fstype);
        if (!fs.equals("blk") && !fs.equals("kernfs")) {
            r.halt(path.key(r.key(fstype)), fstype, "fstype " + Problems.quote(fs) + " is neither \"blk\" nor \"kernfs\": the"
                    + " guest halts (\"unknown fstype\")");
            return -1;
        }
        ElementPath mpAt = path.key(r.key(mountpoint));
        String mp = mountpoint(t.text(mountpoint), mpAt, mountpoint);
        if (mp == null) {
            return -1;
        }
        MountSource mounted;
        if (fs.equals("kernfs")) {
            mounted = new MountSource.Kernfs();
        } else {
            if (kind.equals("dev") && !Syntax.isDevicePath(device)) {
                r.halt(pathAt, file, Problems.quote(device) + " is not a device node under /dev: mounting it fails and"
                        + " the guest halts");
                return -1;
            }
            mounted = new MountSource.BlkDevice(device);
        }
        Position earlier = mountedAt.put(mp, r.at(mountpoint));
        if (earlier != null) {
            problems.olderMountedTwice(mpAt, r.at(mountpoint), mp, earlier);
        }
        mounts.add(new Mount(mp, mounted, origin));
        return next;
    }

    /** The next vnd's device, its backing file set up now; null when the guest halts. */
    private String vnd(String file, ElementPath at, int token, Origin origin) {
        if (!Syntax.isNormalAbsolutePath(file) && !Syntax.isNormalRelative(file)) {
            // rumpcfg's own rule, not master's: the plan resolves the file against the base directory.
            problems.badValue(at, r.at(token), file, "a vnd backing file rumpcfg can follow (absolute or relative, no"
                    + " empty, \".\" or \"..\" component)");
            return null;
        }
        int unit = nextVnd++;
        if (unit > Blk.Vnd.MAX_UNIT) {
            r.halt(at, token, "vnd" + unit + ": more vnd devices than the guest has units (" + (Blk.Vnd.MAX_UNIT + 1) + ")");
            return null;
        }
        Blk.Vnd vnd = new Blk.Vnd("vnd" + unit, unit, file, origin);
        blk.add(vnd);
        vndOrder.add(new VndSetUp(vnd, mounts.size(), token));
        return vnd.devicePath() + VND_PARTITION;
    }

    /** The etfs device registered for {@code p}, its name cut as the guest cuts it; null when the guest halts. */
    private String etfs(String p, ElementPath at, int token, Origin origin) {
        Optional<Blk.Etfs> solo5 = solo5(p, origin);
        String name = solo5.isPresent() ? solo5.get().name() : GuestText.cut(p, DEVICE_NAME_BUFFER - 1 - DEV.length());
        String disk = solo5.isPresent() ? null : GuestText.cut(p, DEVICE_NAME_BUFFER - 1 - XENBLK.length());
        if (solo5.isEmpty() && !disk.equals(p)) {
            problems.olderCut(at, r.at(token), p, DEV + name, Blk.Etfs.BLKFRONT_PREFIX + disk);
        }
        if (solo5.isEmpty() && !Syntax.isEtfsDisk(disk)) {
            r.halt(at, token, Problems.quote(p) + " names no disk: registering it fails when the guest boots (a disk is"
                    + " xvd, sd or hd, letters, then an optional number: \"xvda\"; the Solo5 forks' \"/dev/ld0a\")");
            return null;
        }
        Position earlier = etfsNames.put(name, r.at(token));
        if (earlier != null) {
            r.halt(at, token, DEV + name + " is registered already (at " + earlier + "): registering it again fails (EEXIST)");
            return null;
        }
        Blk.Etfs etfs = solo5.orElseGet(() -> new Blk.Etfs(name, Blk.Etfs.BLKFRONT_PREFIX + disk, origin));
        blk.add(etfs);
        return etfs.devicePath();
    }

    /**
     * The Solo5 forks' etfs path {@code /dev/<name>}: device {@code name}, backed by the
     * Solo5 block device (the guest registers it under the odd node /dev//dev/name, which the
     * Solo5 back end serves whatever its name).
     */
    static Optional<Blk.Etfs> solo5(String p, Origin origin) {
        if (p.startsWith(DEV) && Syntax.isBlkName(p.substring(DEV.length()))) {
            String name = p.substring(DEV.length());
            return Optional.of(new Blk.Etfs(name, Blk.Etfs.SOLO5_PREFIX + name, origin));
        }
        return Optional.empty();
    }

    /**
     * Where the guest mounts: it makes each directory of the path in turn and mounts on the
     * path as written, so {@code data}, {@code /data/} and {@code //data} all mount at
     * {@code /data}. Null when the guest halts.
     */
    private String mountpoint(String mp, ElementPath at, int token) {
        List<String> parts = new ArrayList<>();
        for (String part : mp.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(part);
        }
        if (mp.isEmpty()) {
            r.halt(at, token, "an empty mountpoint: the guest cannot make its directory");
            return null;
        }
        String normal = "/" + String.join("/", parts);
        if (!normal.equals(mp)) {
            problems.olderMountpoint(at, r.at(token), mp, normal);
        }
        return normal;
    }

    /**
     * A vnd whose backing file is on a file system mounted only later: the guest cannot find
     * the file yet. A mount beneath a mountpoint mounted only later: the later mount hides it.
     */
    void orderChecks() {
        for (int i = 0; i < mounts.size(); i++) {
            String mp = mounts.get(i).mountpoint();
            for (int j = i + 1; j < mounts.size(); j++) {
                String above = mounts.get(j).mountpoint();
                if (!above.equals(mp) && (above.equals("/") || mp.startsWith(above + "/"))) {
                    Origin o = mounts.get(i).origin();
                    problems.olderHidden(o.path(), o.position(), mp, above, mounts.get(j).origin().position());
                    break;
                }
            }
        }
        for (VndSetUp v : vndOrder) {
            Blk.Vnd vnd = v.vnd();
            if (!vnd.file().startsWith("/")) {
                continue;
            }
            // The deepest file system holding the file when the vnd is set up, and the deepest
            // mounted over its path later. "/" is left out: what the rump root holds is not known.
            Mount holder = null;
            Mount later = null;
            for (int m = 0; m < mounts.size(); m++) {
                Mount mount = mounts.get(m);
                if (!vnd.file().startsWith(mount.mountpoint() + "/")) {
                    continue;
                }
                if (m < v.mountsBefore() && (holder == null || deeper(mount, holder))) {
                    holder = mount;
                } else if (m >= v.mountsBefore() && (later == null || deeper(mount, later))) {
                    later = mount;
                }
            }
            if (later != null && (holder == null || deeper(later, holder))) {
                r.halt(vnd.origin().path().key("path"), v.pathToken(), vnd.file() + " is on " + later.mountpoint()
                        + ", which the guest mounts only later (at " + later.origin().position()
                        + "): setting up " + vnd.name() + " fails and the guest halts");
            }
        }
    }

    private static boolean deeper(Mount a, Mount b) {
        return a.mountpoint().length() > b.mountpoint().length();
    }
}
