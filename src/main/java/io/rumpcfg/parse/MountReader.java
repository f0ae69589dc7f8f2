package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads {@code mount}: each mountpoint with its source (blk, kernfs, tmpfs, nfs) and options.
 * A mount's path is made only for a problem, from its object's path and its member: most
 * mounts have none, and nothing on the boot path asks for it.
 */
final class MountReader {
    enum MountKey implements Shape.Key { SOURCE, PATH, OPTIONS }

    /** A blk mount takes no options. */
    enum BlkOption implements Shape.Key {}

    enum TmpfsOption implements Shape.Key { SIZE }

    enum NfsOption implements Shape.Key { VERS, PROTO, RO }

    /** The sources a mount may name; each is written as its name in lower case. */
    enum Source { BLK, KERNFS, TMPFS, NFS }

    private static final Shape<MountKey> MOUNT = Shape.of("a mount", MountKey.values());
    private static final Shape<BlkOption> BLK_OPTIONS = Shape.of("blk options", BlkOption.values());
    private static final Shape<TmpfsOption> TMPFS_OPTIONS = Shape.of("tmpfs options", TmpfsOption.values());
    private static final Shape<NfsOption> NFS_OPTIONS = Shape.of("nfs options", NfsOption.values());
    private static final Source[] SOURCE_VALUES = Source.values();
    private static final List<String> SOURCES = sourceTokens();
    private static final MountSource.Proto[] PROTO_VALUES = MountSource.Proto.values();
    private static final List<String> PROTOS = protoTokens();

    private static List<String> sourceTokens() {
        String[] tokens = new String[SOURCE_VALUES.length];
        for (Source s : SOURCE_VALUES) {
            tokens[s.ordinal()] = s.name().toLowerCase(Locale.ROOT);
        }
        return List.of(tokens);
    }

    private static List<String> protoTokens() {
        String[] tokens = new String[PROTO_VALUES.length];
        for (MountSource.Proto p : PROTO_VALUES) {
            tokens[p.ordinal()] = p.token();
        }
        return List.of(tokens);
    }

    private final Reading reading;
    private final Tape tape;

    MountReader(Reading reading) {
        this.reading = reading;
        this.tape = reading.tape;
    }

    List<Mount> read(int value, ElementPath path) {
        if (!reading.object(value, path)) {
            return List.of();
        }
        int[] entries = reading.entries(value, path);
        reading.unique.keys(UniqueNames.Kind.MOUNTPOINT, path, entries);
        Mount[] out = new Mount[entries.length];
        int kept = 0;
        for (int m : entries) {
            Optional<Mount> mount = mount(path, m);
            if (mount.isPresent()) {
                out[kept++] = mount.get();
            }
        }
        return Reading.list(out, kept);
    }

    /** The mount of member {@code m} of the object at {@code section}; empty, reported, when it is wrong. */
    private Optional<Mount> mount(ElementPath section, int m) {
        String mountpoint = tape.text(m);
        boolean ok = Syntax.isNormalAbsolutePath(mountpoint);
        if (!ok) {
            reading.problems.badValue(at(section, m), tape.position(m), mountpoint,
                    "a mountpoint: " + Syntax.NORMAL_PATH_RULE);
        }
        int obj = Tape.value(m);
        if (!tape.isObject(obj)) {
            reading.object(obj, at(section, m));
            return Optional.empty();
        }
        Members<MountKey> members = Members.of(tape, obj, MOUNT);
        if (!members.isClean()) {
            reading.check(obj, at(section, m), MOUNT);
        }
        int source = members.value(MountKey.SOURCE);
        if (source == Tape.NONE) {
            reading.problems.missingKey(at(section, m), tape.position(obj), "source");
            return Optional.empty();
        }
        int known = tape.isString(source) ? SOURCES.indexOf(tape.text(source)) : -1;
        if (known < 0) {
            reading.oneOf(source, at(section, m).key("source"), "mount source", SOURCES);
            return Optional.empty();
        }
        Optional<MountSource> read;
        switch (SOURCE_VALUES[known]) {
            case BLK:
                read = blk(section, m, members);
                break;
            case KERNFS:
                read = kernfs(section, m, members);
                break;
            case TMPFS:
                read = tmpfs(section, m, members);
                break;
            case NFS:
                read = nfs(section, m, members);
                break;
            default:
                throw new AssertionError(SOURCE_VALUES[known]);
        }
        return ok && read.isPresent()
                ? Optional.of(new Mount(mountpoint, read.get(), tape.memberOrigin(section, mountpoint, m)))
                : Optional.empty();
    }

    private Optional<MountSource> blk(ElementPath section, int m, Members<MountKey> members) {
        boolean optionsOk = options(section, m, members, BLK_OPTIONS).isPresent();
        Optional<String> path = path(section, m, members);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Optional<MountSource> device = device(path.get(), at(section, m).key("path"), members.value(MountKey.PATH));
        return optionsOk ? device : Optional.empty();
    }

    private Optional<MountSource> kernfs(ElementPath section, int m, Members<MountKey> members) {
        boolean ok = noPath(section, m, members, "kernfs");
        int options = members.member(MountKey.OPTIONS);
        if (options != Tape.NONE) {
            reading.problems.notAllowedKey(at(section, m).key("options"), tape.position(options), "options",
                    "for source kernfs");
            ok = false;
        }
        return ok ? Optional.of(new MountSource.Kernfs()) : Optional.empty();
    }

    private Optional<MountSource> tmpfs(ElementPath section, int m, Members<MountKey> members) {
        boolean ok = noPath(section, m, members, "tmpfs");
        Optional<Members<TmpfsOption>> options = options(section, m, members, TMPFS_OPTIONS);
        if (options.isEmpty()) {
            return Optional.empty();
        }
        int size = options.get().value(TmpfsOption.SIZE);
        if (size == Tape.NONE) {
            return ok ? Optional.of(new MountSource.Tmpfs(MountSource.Tmpfs.DEFAULT_SIZE, Optional.empty()))
                    : Optional.empty();
        }
        ElementPath sizeAt = at(section, m).key("options").key("size");
        Optional<String> text = tape.isString(size) ? Optional.of(tape.text(size))
                : reading.string(size, sizeAt, "a string like \"4M\"");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong bytes = Syntax.sizeOf(text.get());
        if (bytes.isEmpty()) {
            reading.problems.badValue(sizeAt, tape.position(size), text.get(), Syntax.SIZE_RULE);
            return Optional.empty();
        }
        return ok ? Optional.of(new MountSource.Tmpfs(bytes.getAsLong(), text)) : Optional.empty();
    }

    private Optional<MountSource> nfs(ElementPath section, int m, Members<MountKey> members) {
        Optional<Members<NfsOption>> options = options(section, m, members, NFS_OPTIONS);
        Optional<String> path = path(section, m, members);
        Optional<Syntax.NfsExport> export = Optional.empty();
        if (path.isPresent()) {
            export = Syntax.nfsExport(path.get());
            if (export.isEmpty()) {
                reading.problems.badValue(at(section, m).key("path"), tape.position(members.value(MountKey.PATH)),
                        path.get(), Syntax.NFS_EXPORT_RULE);
            }
        }
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ElementPath op = at(section, m).key("options");
        boolean ok = export.isPresent();
        long vers = MountSource.Nfs.DEFAULT_VERS;
        int versValue = options.get().value(NfsOption.VERS);
        if (versValue != Tape.NONE) {
            Optional<Long> v = reading.integer(versValue, op.key("vers"), MountSource.Nfs.MIN_VERS,
                    MountSource.Nfs.MAX_VERS);
            ok &= v.isPresent();
            vers = v.orElse(vers);
        }
        MountSource.Proto proto = MountSource.Proto.TCP;
        int protoValue = options.get().value(NfsOption.PROTO);
        if (protoValue != Tape.NONE) {
            Optional<String> p = reading.oneOf(protoValue, op.key("proto"), "proto", PROTOS);
            ok &= p.isPresent();
            proto = p.isPresent() ? PROTO_VALUES[PROTOS.indexOf(p.get())] : proto;
        }
        boolean ro = false;
        int roValue = options.get().value(NfsOption.RO);
        if (roValue != Tape.NONE) {
            Optional<Boolean> r = reading.bool(roValue, op.key("ro"));
            ok &= r.isPresent();
            ro = r.orElse(false);
        }
        return ok ? Optional.of(new MountSource.Nfs(export.get().server(), export.get().export(), (int) vers, proto, ro))
                : Optional.empty();
    }

    /** The mount's path; empty, reported, when it is missing or not a string. */
    private Optional<String> path(ElementPath section, int m, Members<MountKey> members) {
        int p = members.value(MountKey.PATH);
        if (p == Tape.NONE) {
            reading.problems.missingKey(at(section, m), tape.position(Tape.value(m)), "path");
            return Optional.empty();
        }
        return reading.string(p, at(section, m).key("path"));
    }

    /** Whether the mount has no path, which its {@code source} does not take; reported when it has. */
    private boolean noPath(ElementPath section, int m, Members<MountKey> members, String source) {
        int path = members.member(MountKey.PATH);
        if (path != Tape.NONE) {
            reading.problems.notAllowedKey(at(section, m).key("path"), tape.position(path), "path",
                    "for source " + source);
            return false;
        }
        return true;
    }

    /**
     * The mount's options by the keys of {@code shape}, its source's; none given reads as an
     * object without members. Empty, reported, when they are not an object or have a key not
     * of {@code shape}.
     */
    private <K extends Enum<K> & Shape.Key> Optional<Members<K>> options(ElementPath section, int m,
            Members<MountKey> members, Shape<K> shape) {
        int options = members.value(MountKey.OPTIONS);
        if (options == Tape.NONE) {
            return Optional.of(Members.none(shape));
        }
        if (tape.isObject(options)) {
            Members<K> read = Members.of(tape, options, shape);
            if (read.isClean()) {
                return Optional.of(read); // the usual case, told without the path a problem needs
            }
        }
        ElementPath op = at(section, m).key("options");
        if (!reading.object(options, op) || !reading.check(options, op, shape)) {
            return Optional.empty();
        }
        return Optional.of(Members.of(tape, options, shape));
    }

    /** The path of the mount of member {@code m} of the object at {@code section}. */
    private ElementPath at(ElementPath section, int m) {
        return section.key(tape.text(m));
    }

    /** The source of a blk mount of {@code device}, the value {@code token}, which must be a node under /dev; reported when not. */
    private Optional<MountSource> device(String device, ElementPath at, int token) {
        if (!Syntax.isDevicePath(device)) {
            reading.problems.badValue(at, tape.position(token), device, "a device under /dev (\"/dev/ld0a\")");
            return Optional.empty();
        }
        return Optional.of(new MountSource.BlkDevice(device));
    }
}
