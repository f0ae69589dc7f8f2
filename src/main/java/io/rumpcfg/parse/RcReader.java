package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code rc[]}. One instance serves every {@code rc} of a document, so that the
 * rule "the last entry may not pipe" looks at the last entry of all of them.
 */
final class RcReader {
    enum RcKey implements Shape.Key { BIN, ARGV, RUNMODE, WORKDIR, NETBSD }

    private static final Shape<RcKey> ENTRY = Shape.of("an rc entry", RcKey.values());
    static final List<String> KEYS = ENTRY.names();
    private static final List<String> RUNMODES = tokens();

    private static List<String> tokens() {
        List<String> out = new ArrayList<>();
        for (RunMode mode : RunMode.values()) {
            out.add(mode.token());
        }
        return List.copyOf(out);
    }

    private final Reading reading;
    private int index;
    private ElementPath lastPipePath;
    private Position lastPipeAt;

    RcReader(Reading reading) {
        this.reading = reading;
    }

    List<RcEntry> read(int value, ElementPath path) {
        List<RcEntry> out = new ArrayList<>();
        if (!reading.array(value, path)) {
            return out;
        }
        Tape t = reading.tape;
        for (int item = t.first(value); item != Tape.NONE; item = t.next(item)) {
            lastPipePath = null;
            // Indexes count on across repeated "rc" keys: they name the entry's place in the merged list.
            ElementPath at = path.index(index++);
            if (reading.object(item, at)) {
                Optional<RcEntry> entry = entry(item, at);
                if (entry.isPresent()) {
                    out.add(entry.get());
                }
            }
        }
        return out;
    }

    /** Reports a pipe from the last entry, once every rc key has been read. */
    void finish() {
        if (lastPipePath != null) {
            reading.problems.pipeAtEnd(lastPipePath, lastPipeAt);
        }
    }

    private Optional<RcEntry> entry(int obj, ElementPath at) {
        Tape t = reading.tape;
        Members<RcKey> f = reading.members(obj, at, ENTRY);
        boolean ok = true;
        Optional<String> bin = Optional.empty();
        if (!f.has(RcKey.BIN)) {
            reading.problems.missingKey(at, t.position(obj), "bin");
            ok = false;
        } else {
            bin = bin(f.value(RcKey.BIN), at.key("bin"));
            ok &= bin.isPresent();
        }
        List<String> argv = new ArrayList<>();
        if (f.has(RcKey.ARGV)) {
            ok &= argv(f.value(RcKey.ARGV), at.key("argv"), argv);
        }
        RunMode runmode = RunMode.WAIT;
        if (f.has(RcKey.RUNMODE)) {
            int v = f.value(RcKey.RUNMODE);
            Optional<String> token = reading.oneOf(v, at.key("runmode"), "runmode", RUNMODES);
            ok &= token.isPresent();
            runmode = token.isPresent() ? RunMode.fromToken(token.get()).orElseThrow() : RunMode.WAIT;
            if (runmode == RunMode.PIPE) {
                lastPipePath = at.key("runmode");
                lastPipeAt = t.position(v);
            }
        }
        Optional<String> workdir = Optional.empty();
        if (f.has(RcKey.WORKDIR)) {
            ElementPath wp = at.key("workdir");
            int v = f.value(RcKey.WORKDIR);
            workdir = reading.string(v, wp);
            if (workdir.isPresent() && !Syntax.isNormalAbsolutePath(workdir.get())) {
                reading.problems.badValue(wp, t.position(v), workdir.get(), Syntax.NORMAL_PATH_RULE);
                workdir = Optional.empty();
            }
            ok &= workdir.isPresent();
        }
        List<Sysctl> sysctl = List.of();
        if (f.has(RcKey.NETBSD)) {
            sysctl = SysctlReader.readNetbsd(reading, f.value(RcKey.NETBSD), at.key("netbsd"), RcEntry.PROC_SYSCTL_PREFIX);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new RcEntry(bin.get(), argv, runmode, workdir, sysctl, reading.origin(at, obj)));
    }

    private Optional<String> bin(int v, ElementPath path) {
        Optional<String> bin = reading.string(v, path);
        if (bin.isEmpty()) {
            return bin;
        }
        Tape t = reading.tape;
        String name = bin.get();
        if (name.equals(RcEntry.FIRST_BAKED)) {
            reading.problems.deprecatedFirstBin(path, t.position(v));
        }
        if (name.isEmpty()) {
            reading.problems.badValue(path, t.position(v), name, "a binary name (it is empty)");
            return Optional.empty();
        }
        Optional<List<String>> bins = reading.options.bins();
        boolean known = bins.isEmpty() || (name.equals(RcEntry.FIRST_BAKED) ? !bins.get().isEmpty() : bins.get().contains(name));
        if (!known) {
            reading.problems.unknownBin(path, t.position(v), name, bins.get(), Suggest.nearest(name, bins.get()));
            return Optional.empty();
        }
        return bin;
    }

    private boolean argv(int v, ElementPath path, List<String> out) {
        if (!reading.array(v, path)) {
            return false;
        }
        Tape t = reading.tape;
        boolean ok = true;
        int i = 0;
        for (int item = t.first(v); item != Tape.NONE; item = t.next(item)) {
            Optional<String> arg = reading.string(item, path.index(i++));
            if (arg.isPresent()) {
                out.add(arg.get());
            }
            ok &= arg.isPresent();
        }
        return ok;
    }
}
