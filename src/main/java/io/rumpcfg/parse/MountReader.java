package io.rumpcfg.parse;

import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Position;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code mount}: each mountpoint with its source (blk, kernfs, tmpfs, nfs) and options. */
final class MountReader {
    static final List<String> KEYS = List.of("source", "path", "options");
    private static final Fields.Known KNOWN = Fields.Known.of(KEYS);
    private static final int SOURCE = 0;
    private static final int PATH = 1;
    private static final int OPTIONS = 2;
    static final List<String> SOURCES = List.of("blk", "kernfs", "tmpfs", "nfs");
    /** {@link #SOURCES} in an array: looked up for every mount, without a list's checks. */
    private static final String[] SOURCE_TOKENS = SOURCES.toArray(new String[0]);
    static final List<String> TMPFS_OPTIONS = List.of("size");
    private static final Fields.Known TMPFS_OPTIONS_KNOWN = Fields.Known.of(TMPFS_OPTIONS);
    /** A blk mount takes no options. */
    private static final Fields.Known BLK_OPTIONS_KNOWN = Fields.Known.of(List.of());
    private static final int SIZE = 0;
    static final List<String> NFS_OPTIONS = List.of("vers", "proto", "ro");
    private static final Fields.Known NFS_OPTIONS_KNOWN = Fields.Known.of(NFS_OPTIONS);
    private static final int VERS = 0;
    private static final int PROTO = 1;
    private static final int RO = 2;
    static final List<String> PROTOS = List.of("udp", "tcp");
    static final String NORMAL_PATH_RULE =
            "an absolute, normal path (no empty, \".\" or \"..\" components, no trailing '/')";

    /** The kind of name a mountpoint is, unique in a document. */
    private static final String MOUNTPOINT = "mountpoint";

    private final Reading reading;
    private final Sourced sourced;
    /** Whether the mountpoints of the object being read are declared already, all at once. */
    private boolean declared;
    /** The path of the object being read, and the mountpoint being read in it. */
    private ElementPath section;
    private String mountpoint;
    /** The path of the mount being read once {@link #at} made it; null until then. */
    private ElementPath at;
    /** The members of the mount being read, and of its options by source. */
    private final Fields members;
    private final Fields blkOptions;
    private final Fields tmpfsOptions;
    private final Fields nfsOptions;

    MountReader(Reading reading) {
        this.reading = reading;
        this.sourced = new Sourced();
        this.members = new Fields(reading.tape, KNOWN);
        this.blkOptions = new Fields(reading.tape, BLK_OPTIONS_KNOWN);
        this.tmpfsOptions = new Fields(reading.tape, TMPFS_OPTIONS_KNOWN);
        this.nfsOptions = new Fields(reading.tape, NFS_OPTIONS_KNOWN);
    }

    List<Mount> read(int value, ElementPath path) {
        if (!reading.object(value, path)) {
            return List.of();
        }
        int[] entries = reading.entries(value, path);
        declared = reading.declareAll(MOUNTPOINT, entries);
        section = path;
        Mount[] out = new Mount[entries.length];
        int kept = 0;
        for (int m : entries) {
            mountpoint = reading.tape.text(m);
            at = null;
            Mount mount = mount(m);
            if (mount != null) {
                out[kept++] = mount;
            }
        }
        return Reading.list(out, kept);
    }

    /**
     * The path of the mount being read: made only for a problem, and for its origin only if
     * something asks (most mounts have no problem, and nothing on the boot path asks).
     */
    private ElementPath at() {
        if (at == null) {
            at = section.key(mountpoint);
        }
        return at;
    }

    /** The mount of member {@code m}, or null, reported, when it is wrong. */
    private Mount mount(int m) {
        Tape t = reading.tape;
        boolean ok = declaredMountpoint(m);
        int obj = Tape.value(m);
        if (!t.isObject(obj)) {
            reading.object(obj, at());
            return null;
        }
        if (!members.of(obj).all()) {
            reading.check(obj, at(), "a mount", KEYS);
        }
        int source = members.valueAt(SOURCE);
        if (source == Tape.NONE) {
            reading.problems.missingKey(at(), t.position(obj), "source");
            return null;
        }
        int known = t.isString(source) ? sourceIndex(t.text(source)) : -1;
        if (known < 0) {
            // Reported there, with the path made only now: neither a string nor a source.
            reading.oneOf(source, at().key("source"), "mount source", SOURCES);
            return null;
        }
        Sourced s = sourced.of(SOURCES.get(known), obj);
        MountSource result;
        switch (known) {
            case 0:
                result = s.blk();
                break;
            case 1:
                result = s.kernfs();
                break;
            case 2:
                result = s.tmpfs();
                break;
            default:
                result = s.nfs();
        }
        return ok && result != null ? new Mount(mountpoint, result, t.memberOrigin(section, mountpoint, m)) : null;
    }

    /** The index of {@code source} in {@link #SOURCES}, or -1. */
    private static int sourceIndex(String source) {
        for (int k = 0; k < SOURCE_TOKENS.length; k++) {
            if (SOURCE_TOKENS[k].equals(source)) {
                return k;
            }
        }
        return -1;
    }

    /** Checks a mountpoint and registers it, unique in the document; false, reported, when either fails. */
    boolean mountpoint(String mountpoint, ElementPath at, Position pos) {
        return mountpoint(mountpoint, at, pos, false);
    }

    /**
     * {@link #mountpoint} for the mountpoint being read, the key of member {@code m}, whose
     * position and path are made only for a problem, and which {@link Reading#declareAll} may
     * have declared already.
     */
    private boolean declaredMountpoint(int m) {
        if (declared && Syntax.isNormalAbsolutePath(mountpoint)) {
            return true;
        }
        return mountpoint(mountpoint, at(), reading.tape.position(m), declared);
    }

    /** @param declared whether the mountpoint is declared already, one of its object's entries ({@link Reading#declareAll}) */
    private boolean mountpoint(String mountpoint, ElementPath at, Position pos, boolean declared) {
        boolean ok = true;
        if (!Syntax.isNormalAbsolutePath(mountpoint)) {
            reading.problems.badValue(at, pos, mountpoint, "a mountpoint: " + NORMAL_PATH_RULE);
            ok = false;
        }
        return (declared || reading.declare(MOUNTPOINT, mountpoint, at, pos)) && ok;
    }

    /** The source of a blk mount of {@code device}, which must be a node under /dev; reported when not. */
    Optional<MountSource> device(String device, ElementPath at, Position pos) {
        if (!Syntax.isDevicePath(device)) {
            reading.problems.badValue(at, pos, device, "a device under /dev (\"/dev/ld0a\")");
            return Optional.empty();
        }
        return Optional.of(new MountSource.BlkDevice(device));
    }

    /**
     * One mount's members, read the way its source wants them; each kind null, reported, when
     * wrong. One instance is pointed at each mount in turn (a mount was read with a new one,
     * a few percent of the parser's allocation).
     */
    private final class Sourced {
        private final Tape t = reading.tape;
        private String source;
        private int obj;

        Sourced of(String source, int obj) {
            this.source = source;
            this.obj = obj;
            return this;
        }

        MountSource blk() {
            boolean optionsOk = options(blkOptions) != WRONG;
            String path = path();
            if (path == null) {
                return null;
            }
            Optional<MountSource> device = device(path, at().key("path"), t.position(members.valueAt(PATH)));
            return optionsOk ? device.orElse(null) : null;
        }

        MountSource kernfs() {
            boolean ok = noPath();
            int options = members.memberAt(OPTIONS);
            if (options != Tape.NONE) {
                reading.problems.notAllowedKey(at().key("options"), t.position(options), "options", "for source kernfs");
                ok = false;
            }
            return ok ? new MountSource.Kernfs() : null;
        }

        MountSource tmpfs() {
            boolean ok = noPath();
            int options = options(tmpfsOptions);
            if (options == WRONG) {
                return null;
            }
            int size = options == Tape.NONE ? Tape.NONE : tmpfsOptions.valueAt(SIZE);
            if (size == Tape.NONE) {
                return ok ? new MountSource.Tmpfs(MountSource.Tmpfs.DEFAULT_SIZE, Optional.empty()) : null;
            }
            // The path is made only for a problem: most mounts have none.
            String text = t.isString(size) ? t.text(size) : reading.string(size, sizePath(), "a string like \"4M\"");
            if (text == null) {
                return null;
            }
            long bytes = Syntax.sizeOf(text);
            if (bytes < 0) {
                reading.problems.badValue(sizePath(), t.position(size), text,
                        "a size > 0 below 8 EiB: digits, then an optional k, K, m, M, g or G (\"4M\")");
                return null;
            }
            return ok ? new MountSource.Tmpfs(bytes, Optional.of(text)) : null;
        }

        private ElementPath sizePath() {
            return at().key("options").key("size");
        }

        MountSource nfs() {
            int options = options(nfsOptions);
            String path = path();
            String[] serverExport = null;
            if (path != null) {
                serverExport = nfsPath(path).orElse(null);
                if (serverExport == null) {
                    reading.problems.badValue(at().key("path"), t.position(members.valueAt(PATH)), path,
                            "an NFS export \"server:/export\" (server an IPv4 literal, an [IPv6] literal or a host name;"
                                    + " export an absolute, normal path)");
                }
            }
            if (options == WRONG) {
                return null;
            }
            ElementPath op = at().key("options");
            int versValue = options == Tape.NONE ? Tape.NONE : nfsOptions.valueAt(VERS);
            int protoValue = options == Tape.NONE ? Tape.NONE : nfsOptions.valueAt(PROTO);
            int roValue = options == Tape.NONE ? Tape.NONE : nfsOptions.valueAt(RO);
            long vers = MountSource.Nfs.DEFAULT_VERS;
            boolean ok = serverExport != null;
            if (versValue != Tape.NONE) {
                Long v = reading.integer(versValue, op.key("vers"), 2, 3);
                ok &= v != null;
                vers = v == null ? vers : v;
            }
            MountSource.Proto proto = MountSource.Proto.TCP;
            if (protoValue != Tape.NONE) {
                String p = reading.oneOf(protoValue, op.key("proto"), "proto", PROTOS);
                ok &= p != null;
                proto = p == null ? proto : MountSource.Proto.valueOf(p.toUpperCase(Locale.ROOT));
            }
            boolean ro = false;
            if (roValue != Tape.NONE) {
                Boolean r = reading.bool(roValue, op.key("ro"));
                ok &= r != null;
                ro = r != null && r;
            }
            return ok ? new MountSource.Nfs(serverExport[0], serverExport[1], (int) vers, proto, ro) : null;
        }

        /** The string at {@code path}, or null, reported, when it is missing or not a string. */
        private String path() {
            int p = members.valueAt(PATH);
            if (p == Tape.NONE) {
                reading.problems.missingKey(at(), t.position(obj), "path");
                return null;
            }
            return reading.string(p, at().key("path"));
        }

        private boolean noPath() {
            int path = members.memberAt(PATH);
            if (path != Tape.NONE) {
                reading.problems.notAllowedKey(at().key("path"), t.position(path), "path", "for source " + source);
                return false;
            }
            return true;
        }

        /**
         * The options object, each of its keys known to this source: {@link Tape#NONE} when
         * there is none, {@link #WRONG} when it is wrong.
         */
        private int options(Fields known) {
            int options = members.valueAt(OPTIONS);
            if (options == Tape.NONE) {
                return Tape.NONE;
            }
            if (t.isObject(options) && known.of(options).all()) {
                return options; // the usual case, told without making the path a problem would need
            }
            ElementPath op = at().key("options");
            if (!reading.object(options, op)) {
                return WRONG;
            }
            return reading.check(options, op, OPTIONS_OF.get(source), known.known()) ? options : WRONG;
        }
    }

    /** Options that are wrong, reported. */
    private static final int WRONG = -2;
    /** What the options of each source are called in messages. */
    private static final Map<String, String> OPTIONS_OF = Map.of("blk", "blk options", "kernfs", "kernfs options",
            "tmpfs", "tmpfs options", "nfs", "nfs options");

    /** {@code server:/export} split in two, the server checked; a bracketed IPv6 server keeps its brackets. */
    static Optional<String[]> nfsPath(String path) {
        String server;
        String export;
        if (path.startsWith("[")) {
            int close = path.indexOf("]:");
            if (close < 0 || IpAddress.parse(path.substring(1, close), AddressFamily.INET6).isEmpty()) {
                return Optional.empty();
            }
            server = path.substring(0, close + 1);
            export = path.substring(close + 2);
        } else {
            int colon = path.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            server = path.substring(0, colon);
            export = path.substring(colon + 1);
            boolean v4 = IpAddress.parse(server, AddressFamily.INET).isPresent();
            if (!v4 && !Syntax.isHostname(server)) {
                return Optional.empty();
            }
        }
        return Syntax.isNormalAbsolutePath(export) ? Optional.of(new String[] {server, export}) : Optional.empty();
    }
}
