package io.rumpcfg.parse;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code blk}: etfs devices backed by the host, vnd devices backed by a file. */
final class BlkReader {
    static final List<String> KEYS = List.of("type", "path");
    private static final Fields.Known KNOWN = Fields.Known.of(KEYS);
    static final List<String> TYPES = List.of("etfs", "vnd");

    private final Reading reading;

    BlkReader(Reading reading) {
        this.reading = reading;
    }

    List<Blk> read(int value, ElementPath path) {
        List<Blk> out = new ArrayList<>();
        if (reading.object(value, path)) {
            for (int m : reading.entries(value, path)) {
                Optional<Blk> device = device(m, path.key(reading.tape.text(m)));
                if (device.isPresent()) {
                    out.add(device.get());
                }
            }
        }
        return out;
    }

    private Optional<Blk> device(int member, ElementPath at) {
        Tape t = reading.tape;
        String name = t.text(member);
        Position namePos = t.position(member);
        boolean unique = declare(name, at, namePos);
        int obj = Tape.value(member);
        if (!reading.object(obj, at)) {
            return Optional.empty();
        }
        Fields f = reading.fields(obj, at, "a blk device", KNOWN);
        String type = null;
        if (f.has("type")) {
            type = reading.oneOf(f.value("type"), at.key("type"), "blk type", TYPES);
        } else {
            reading.problems.missingKey(at, t.position(obj), "type");
        }
        String path = null;
        int p = f.value("path");
        if (p == Tape.NONE) {
            reading.problems.missingKey(at, t.position(obj), "path");
        } else {
            path = reading.string(p, at.key("path"));
        }
        if (type == null || path == null) {
            return Optional.empty();
        }
        Origin origin = new Origin(at, namePos);
        ElementPath pathAt = at.key("path");
        if (type.equals("etfs")) {
            boolean ok = unique;
            if (!Syntax.isBlkName(name)) {
                reading.problems.badValue(at, namePos, name,
                        "a device name (a lower-case letter, then at most 30 lower-case letters, digits or '_')");
                ok = false;
            }
            if (!Syntax.isEtfsPath(path)) {
                reading.problems.badValue(pathAt, t.position(p), path,
                        "a host device \"blkfront:<dev>\", dev being xvd, sd or hd, letters, then an optional number,"
                                + " or \"solo5:<name>\", a Solo5 block device");
                ok = false;
            }
            return ok ? Optional.of(new Blk.Etfs(name, path, origin)) : Optional.empty();
        }
        Optional<Integer> unit = Syntax.vndUnit(name);
        boolean ok = unique;
        if (unit.isEmpty()) {
            reading.problems.badValue(at, namePos, name,
                    "a vnd name: \"vnd<unit>\", unit 0..255 without leading zeros");
            ok = false;
        }
        ok &= vndFile(path, pathAt, t.position(p));
        return ok ? Optional.of(new Blk.Vnd(name, unit.get(), path, origin)) : Optional.empty();
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
