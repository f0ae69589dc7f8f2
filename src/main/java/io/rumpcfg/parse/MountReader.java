package io.rumpcfg.parse;

import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code mount}: each mountpoint with its source (blk, kernfs, tmpfs, nfs) and options. */
final class MountReader {
    static final List<String> KEYS = List.of("source", "path", "options");
    static final List<String> SOURCES = List.of("blk", "kernfs", "tmpfs", "nfs");
    static final List<String> TMPFS_OPTIONS = List.of("size");
    static final List<String> NFS_OPTIONS = List.of("vers", "proto", "ro");
    static final List<String> PROTOS = List.of("udp", "tcp");
    static final String NORMAL_PATH_RULE =
            "an absolute, normal path (no empty, \".\" or \"..\" components, no trailing '/')";

    private final Reading reading;

    MountReader(Reading reading) {
        this.reading = reading;
    }

    List<Mount> read(Json value, ElementPath path) {
        List<Mount> out = new ArrayList<>();
        reading.object(value, path).ifPresent(obj -> {
            for (Json.Member m : reading.entries(obj, path)) {
                mount(m, path.key(m.key())).ifPresent(out::add);
            }
        });
        return out;
    }

    private Optional<Mount> mount(Json.Member m, ElementPath at) {
        boolean ok = mountpoint(m.key(), at, m.keyPosition());
        Optional<Json.Obj> obj = reading.object(m.value(), at);
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Json.Member> f = reading.fields(obj.get(), at, "a mount", KEYS);
        Json.Member source = f.get("source");
        if (source == null) {
            reading.problems.missingKey(at, obj.get().position(), "source");
            return Optional.empty();
        }
        Optional<String> kind = reading.oneOf(source.value(), at.key("source"), "mount source", SOURCES,
                s -> SOURCES.contains(s) ? Optional.of(s) : Optional.empty());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Sourced s = new Sourced(kind.get(), at, obj.get(), f);
        Optional<MountSource> result;
        switch (kind.get()) {
            case "blk":
                result = s.blk();
                break;
            case "kernfs":
                result = s.kernfs();
                break;
            case "tmpfs":
                result = s.tmpfs();
                break;
            default:
                result = s.nfs();
        }
        return ok ? result.map(src -> new Mount(m.key(), src, new Origin(at, m.keyPosition()))) : Optional.empty();
    }

    /** Checks a mountpoint and registers it, unique in the document; false, reported, when either fails. */
    boolean mountpoint(String mountpoint, ElementPath at, Position pos) {
        boolean ok = true;
        if (!Syntax.isNormalAbsolutePath(mountpoint)) {
            reading.problems.badValue(at, pos, mountpoint, "a mountpoint: " + NORMAL_PATH_RULE);
            ok = false;
        }
        return reading.declare("mountpoint", mountpoint, at, pos) && ok;
    }

    /** The source of a blk mount of {@code device}, which must be a node under /dev; reported when not. */
    Optional<MountSource> device(String device, ElementPath at, Position pos) {
        if (!Syntax.isDevicePath(device)) {
            reading.problems.badValue(at, pos, device, "a device under /dev (\"/dev/ld0a\")");
            return Optional.empty();
        }
        return Optional.of(new MountSource.BlkDevice(device));
    }

    /** One mount's members, read the way its source wants them. */
    private final class Sourced {
        private final String source;
        private final ElementPath at;
        private final Json.Obj obj;
        private final Map<String, Json.Member> f;

        Sourced(String source, ElementPath at, Json.Obj obj, Map<String, Json.Member> f) {
            this.source = source;
            this.at = at;
            this.obj = obj;
            this.f = f;
        }

        Optional<MountSource> blk() {
            boolean optionsOk = options(List.of()).isPresent();
            return path().flatMap(p -> device(p, at.key("path"), f.get("path").value().position()))
                    .filter(x -> optionsOk);
        }

        Optional<MountSource> kernfs() {
            boolean ok = noPath();
            if (f.containsKey("options")) {
                reading.problems.notAllowedKey(at.key("options"), f.get("options").keyPosition(), "options", "for source kernfs");
                ok = false;
            }
            return ok ? Optional.of(new MountSource.Kernfs()) : Optional.empty();
        }

        Optional<MountSource> tmpfs() {
            boolean ok = noPath();
            Optional<Map<String, Json.Member>> options = options(TMPFS_OPTIONS);
            if (options.isEmpty()) {
                return Optional.empty();
            }
            Json.Member size = options.get().get("size");
            if (size == null) {
                return ok ? Optional.of(new MountSource.Tmpfs(MountSource.Tmpfs.DEFAULT_SIZE, Optional.empty())) : Optional.empty();
            }
            ElementPath sp = at.key("options").key("size");
            Optional<String> text = reading.string(size.value(), sp, "a string like \"4M\"");
            Optional<Long> bytes = text.flatMap(Syntax::size);
            if (text.isPresent() && bytes.isEmpty()) {
                reading.problems.badValue(sp, size.value().position(), text.get(),
                        "a size > 0 below 8 EiB: digits, then an optional k, K, m, M, g or G (\"4M\")");
            }
            return ok && bytes.isPresent() ? Optional.of(new MountSource.Tmpfs(bytes.get(), text)) : Optional.empty();
        }

        Optional<MountSource> nfs() {
            Optional<Map<String, Json.Member>> options = options(NFS_OPTIONS);
            Optional<String[]> serverExport = path().flatMap(p -> {
                Optional<String[]> parsed = nfsPath(p);
                if (parsed.isEmpty()) {
                    reading.problems.badValue(at.key("path"), f.get("path").value().position(), p,
                            "an NFS export \"server:/export\" (server an IPv4 literal, an [IPv6] literal or a host name;"
                                    + " export an absolute, normal path)");
                }
                return parsed;
            });
            if (options.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Json.Member> o = options.get();
            ElementPath op = at.key("options");
            long vers = MountSource.Nfs.DEFAULT_VERS;
            boolean ok = serverExport.isPresent();
            if (o.containsKey("vers")) {
                Optional<Long> v = reading.integer(o.get("vers").value(), op.key("vers"), 2, 3);
                ok &= v.isPresent();
                vers = v.orElse(vers);
            }
            MountSource.Proto proto = MountSource.Proto.TCP;
            if (o.containsKey("proto")) {
                Optional<MountSource.Proto> p = reading.oneOf(o.get("proto").value(), op.key("proto"), "proto", PROTOS,
                        t -> PROTOS.contains(t) ? Optional.of(MountSource.Proto.valueOf(t.toUpperCase(Locale.ROOT)))
                                : Optional.empty());
                ok &= p.isPresent();
                proto = p.orElse(proto);
            }
            boolean ro = false;
            if (o.containsKey("ro")) {
                Optional<Boolean> r = reading.bool(o.get("ro").value(), op.key("ro"));
                ok &= r.isPresent();
                ro = r.orElse(false);
            }
            return ok ? Optional.of(new MountSource.Nfs(serverExport.get()[0], serverExport.get()[1], (int) vers, proto, ro))
                    : Optional.empty();
        }

        private Optional<String> path() {
            Json.Member p = f.get("path");
            if (p == null) {
                reading.problems.missingKey(at, obj.position(), "path");
                return Optional.empty();
            }
            return reading.string(p.value(), at.key("path"));
        }

        private boolean noPath() {
            if (f.containsKey("path")) {
                reading.problems.notAllowedKey(at.key("path"), f.get("path").keyPosition(), "path", "for source " + source);
                return false;
            }
            return true;
        }

        /** The options by key, each known to this source; empty when any is wrong. */
        private Optional<Map<String, Json.Member>> options(List<String> known) {
            Json.Member options = f.get("options");
            if (options == null) {
                return Optional.of(Map.of());
            }
            ElementPath op = at.key("options");
            Optional<Json.Obj> obj = reading.object(options.value(), op);
            if (obj.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Json.Member> fields = reading.fields(obj.get(), op, source + " options", known);
            return fields.size() == obj.get().members().size() ? Optional.of(fields) : Optional.empty();
        }
    }

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
