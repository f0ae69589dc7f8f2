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
    enum BlkKey implements Shape.Key { TYPE, PATH }

    private static final Shape<BlkKey> BLK = Shape.of("a blk device", BlkKey.values());
    private static final List<String> TYPES = List.of("etfs", "vnd");

    private final Reading reading;
    private final Tape tape;

    BlkReader(Reading reading) {
        this.reading = reading;
        this.tape = reading.tape;
    }

    List<Blk> read(int value, ElementPath path) {
        List<Blk> out = new ArrayList<>();
        if (reading.object(value, path)) {
            int[] entries = reading.entries(value, path);
            reading.unique.keys(UniqueNames.Kind.BLK, path, entries);
            for (int m : entries) {
                Optional<Blk> device = device(m, path.key(tape.text(m)));
                if (device.isPresent()) {
                    out.add(device.get());
                }
            }
        }
        return out;
    }

    private Optional<Blk> device(int member, ElementPath at) {
        String name = tape.text(member);
        Position namePos = tape.position(member);
        int obj = Tape.value(member);
        if (!reading.object(obj, at)) {
            return Optional.empty();
        }
        Members<BlkKey> f = reading.members(obj, at, BLK);
        Optional<String> type = Optional.empty();
        if (f.has(BlkKey.TYPE)) {
            type = reading.oneOf(f.value(BlkKey.TYPE), at.key("type"), "blk type", TYPES);
        } else {
            reading.problems.missingKey(at, tape.position(obj), "type");
        }
        Optional<String> path = Optional.empty();
        int p = f.value(BlkKey.PATH);
        if (p == Tape.NONE) {
            reading.problems.missingKey(at, tape.position(obj), "path");
        } else {
            path = reading.string(p, at.key("path"));
        }
        if (type.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        Origin origin = new Origin(at, namePos);
        ElementPath pathAt = at.key("path");
        if (type.get().equals("etfs")) {
            boolean ok = true;
            if (!Syntax.isBlkName(name)) {
                reading.problems.badValue(at, namePos, name,
                        "a device name (a lower-case letter, then at most 30 lower-case letters, digits or '_')");
                ok = false;
            }
            if (!Syntax.isEtfsPath(path.get())) {
                reading.problems.badValue(pathAt, tape.position(p), path.get(),
                        "a host device \"blkfront:<dev>\", dev being xvd, sd or hd, letters, then an optional number,"
                                + " or \"solo5:<name>\", a Solo5 block device");
                ok = false;
            }
            return ok ? Optional.of(new Blk.Etfs(name, path.get(), origin)) : Optional.empty();
        }
        Optional<Integer> unit = Syntax.vndUnit(name);
        boolean ok = true;
        if (unit.isEmpty()) {
            reading.problems.badValue(at, namePos, name,
                    "a vnd name: \"vnd<unit>\", unit 0..255 without leading zeros");
            ok = false;
        }
        if (!Syntax.isNormalAbsolutePath(path.get()) && !Syntax.isNormalRelative(path.get())) {
            reading.problems.badValue(pathAt, tape.position(p), path.get(),
                    "a file path (absolute, or relative to the base directory; no empty, \".\" or \"..\" components)");
            ok = false;
        }
        return ok ? Optional.of(new Blk.Vnd(name, unit.get(), path.get(), origin)) : Optional.empty();
    }
}
