package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code rc[]}. One instance serves every {@code rc} of a document, so that the
 * rule "the last entry may not pipe" looks at the last entry of all of them.
 */
final class RcReader {
    static final List<String> KEYS = List.of("bin", "argv", "runmode", "workdir", "netbsd");
    private static final List<String> RUNMODES = Arrays.stream(RunMode.values()).map(RunMode::token).toList();

    private final Reading reading;
    private int index;
    private ElementPath lastPipePath;
    private Position lastPipeAt;

    RcReader(Reading reading) {
        this.reading = reading;
    }

    List<RcEntry> read(Json value, ElementPath path) {
        List<RcEntry> out = new ArrayList<>();
        Optional<Json.Arr> entries = reading.array(value, path);
        if (entries.isEmpty()) {
            return out;
        }
        for (Json item : entries.get().items()) {
            lastPipePath = null;
            // Indexes count on across repeated "rc" keys: they name the entry's place in the merged list.
            ElementPath at = path.index(index++);
            reading.object(item, at).flatMap(obj -> entry(obj, at)).ifPresent(out::add);
        }
        return out;
    }

    /** Reports a pipe from the last entry, once every rc key has been read. */
    void finish() {
        if (lastPipePath != null) {
            reading.problems.pipeAtEnd(lastPipePath, lastPipeAt);
        }
    }

    private Optional<RcEntry> entry(Json.Obj obj, ElementPath at) {
        Map<String, Json.Member> f = reading.fields(obj, at, "an rc entry", KEYS);
        boolean ok = true;
        Optional<String> bin = Optional.empty();
        if (!f.containsKey("bin")) {
            reading.problems.missingKey(at, obj.position(), "bin");
            ok = false;
        } else {
            bin = bin(f.get("bin").value(), at.key("bin"));
            ok &= bin.isPresent();
        }
        List<String> argv = new ArrayList<>();
        if (f.containsKey("argv")) {
            ok &= argv(f.get("argv").value(), at.key("argv"), argv);
        }
        RunMode runmode = RunMode.WAIT;
        if (f.containsKey("runmode")) {
            Json v = f.get("runmode").value();
            Optional<RunMode> mode = reading.oneOf(v, at.key("runmode"), "runmode", RUNMODES, RunMode::fromToken);
            ok &= mode.isPresent();
            runmode = mode.orElse(RunMode.WAIT);
            if (runmode == RunMode.PIPE) {
                lastPipePath = at.key("runmode");
                lastPipeAt = v.position();
            }
        }
        Optional<String> workdir = Optional.empty();
        if (f.containsKey("workdir")) {
            ElementPath wp = at.key("workdir");
            Json v = f.get("workdir").value();
            workdir = reading.string(v, wp);
            if (workdir.isPresent() && !Syntax.isNormalAbsolutePath(workdir.get())) {
                reading.problems.badValue(wp, v.position(), workdir.get(), MountReader.NORMAL_PATH_RULE);
                workdir = Optional.empty();
            }
            ok &= workdir.isPresent();
        }
        List<Sysctl> sysctl = List.of();
        if (f.containsKey("netbsd")) {
            sysctl = SysctlReader.readNetbsd(reading, f.get("netbsd").value(), at.key("netbsd"), RcEntry.PROC_SYSCTL_PREFIX);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new RcEntry(bin.get(), argv, runmode, workdir, sysctl, Reading.origin(at, obj)));
    }

    private Optional<String> bin(Json v, ElementPath path) {
        Optional<String> bin = reading.string(v, path);
        if (bin.isEmpty()) {
            return bin;
        }
        String name = bin.get();
        if (name.equals(RcEntry.FIRST_BAKED)) {
            reading.problems.deprecatedFirstBin(path, v.position());
        }
        if (name.isEmpty()) {
            reading.problems.badValue(path, v.position(), name, "a binary name (it is empty)");
            return Optional.empty();
        }
        Optional<List<String>> bins = reading.options.bins();
        boolean known = name.equals(RcEntry.FIRST_BAKED) ? bins.map(b -> !b.isEmpty()).orElse(true)
                : bins.map(b -> b.contains(name)).orElse(true);
        if (!known) {
            reading.problems.unknownBin(path, v.position(), name, bins.get(), Suggest.nearest(name, bins.get()));
            return Optional.empty();
        }
        return bin;
    }

    private boolean argv(Json v, ElementPath path, List<String> out) {
        Optional<Json.Arr> arr = reading.array(v, path);
        if (arr.isEmpty()) {
            return false;
        }
        boolean ok = true;
        List<Json> items = arr.get().items();
        for (int i = 0; i < items.size(); i++) {
            Optional<String> arg = reading.string(items.get(i), path.index(i));
            arg.ifPresent(out::add);
            ok &= arg.isPresent();
        }
        return ok;
    }
}
