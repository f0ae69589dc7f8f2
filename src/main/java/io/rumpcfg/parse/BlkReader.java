package io.rumpcfg.parse;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code blk}: etfs devices backed by the host, vnd devices backed by a file. */
final class BlkReader {
    static final List<String> KEYS = List.of("type", "path");
    static final List<String> TYPES = List.of("etfs", "vnd");

    private final Reading reading;

    BlkReader(Reading reading) {
        this.reading = reading;
    }

    List<Blk> read(Json value, ElementPath path) {
        List<Blk> out = new ArrayList<>();
        reading.object(value, path).ifPresent(obj -> {
            for (Json.Member m : reading.entries(obj, path)) {
                device(m, path.key(m.key())).ifPresent(out::add);
            }
        });
        return out;
    }

    private Optional<Blk> device(Json.Member m, ElementPath at) {
        boolean unique = declare(m.key(), at, m.keyPosition());
        Optional<Json.Obj> obj = reading.object(m.value(), at);
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Json.Member> f = reading.fields(obj.get(), at, "a blk device", KEYS);
        Optional<String> type = Optional.empty();
        if (f.containsKey("type")) {
            type = reading.oneOf(f.get("type").value(), at.key("type"), "blk type", TYPES,
                    t -> TYPES.contains(t) ? Optional.of(t) : Optional.empty());
        } else {
            reading.problems.missingKey(at, obj.get().position(), "type");
        }
        Optional<String> path = Optional.empty();
        Json.Member p = f.get("path");
        if (p == null) {
            reading.problems.missingKey(at, obj.get().position(), "path");
        } else {
            path = reading.string(p.value(), at.key("path"));
        }
        if (type.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        Origin origin = new Origin(at, m.keyPosition());
        ElementPath pathAt = at.key("path");
        if (type.get().equals("etfs")) {
            boolean ok = unique;
            if (!Syntax.BLK_NAME.matcher(m.key()).matches()) {
                reading.problems.badValue(at, m.keyPosition(), m.key(),
                        "a device name (a lower-case letter, then at most 30 lower-case letters, digits or '_')");
                ok = false;
            }
            if (!Syntax.ETFS_PATH.matcher(path.get()).matches()) {
                reading.problems.badValue(pathAt, p.value().position(), path.get(),
                        "a host device \"blkfront:<dev>\", dev being xvd, sd or hd, letters, then an optional number,"
                                + " or \"solo5:<name>\", a Solo5 block device");
                ok = false;
            }
            return ok ? Optional.of(new Blk.Etfs(m.key(), path.get(), origin)) : Optional.empty();
        }
        Optional<Integer> unit = Syntax.vndUnit(m.key());
        boolean ok = unique;
        if (unit.isEmpty()) {
            reading.problems.badValue(at, m.keyPosition(), m.key(),
                    "a vnd name: \"vnd<unit>\", unit 0..255 without leading zeros");
            ok = false;
        }
        ok &= vndFile(path.get(), pathAt, p.value().position());
        return ok ? Optional.of(new Blk.Vnd(m.key(), unit.get(), path.get(), origin)) : Optional.empty();
    }

    /** Registers a device name, unique in the document; false, reported, when it was declared before. */
    boolean declare(String name, ElementPath at, Position pos) {
        return reading.declare("blk device", name, at, pos);
    }

    /** Whether {@code file} can back a vnd; reported when not. */
    boolean vndFile(String file, ElementPath at, Position pos) {
        if (Syntax.isNormalAbsolutePath(file) || Syntax.isNormalRelative(file)) {
            return true;
        }
        reading.problems.badValue(at, pos, file,
                "a file path (absolute, or relative to the base directory; no empty, \".\" or \"..\" components)");
        return false;
    }
}
