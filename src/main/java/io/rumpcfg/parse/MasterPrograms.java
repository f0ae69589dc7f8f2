package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The programs of an older document, as rumprun master's guest gathers them: one argv per
 * {@code cmdline} and per {@code rc_TESTING} entry, in document order, given to the baked
 * programs in bake order ({@link #programs}); and the Solo5 forks' {@code cwd}.
 */
final class MasterPrograms {
    /** The programs a rumprun unikernel can bake in (rumprun_main1 to rumprun_main8). */
    static final int MAX_BAKED = 8;
    /** The Solo5 forks' key for the programs' directory, which master does not have. */
    static final String CWD = "cwd";

    private final MasterReading r;
    private final JsmnTokens t;
    private final Problems problems;
    private final List<Exec> execs = new ArrayList<>();
    private boolean cmdlineSeen;
    private String cwd;

    /** One argv the guest gathers ("rumprun_exec"): from a cmdline, or an rc entry. */
    private record Exec(List<String> argv, RunMode mode, boolean cmdline, Origin origin) {}

    MasterPrograms(MasterReading r) {
        this.r = r;
        this.t = r.t;
        this.problems = r.problems;
    }

    int cmdline(ElementPath path, int value) {
        if (!r.isString(path, value, "cmdline")) {
            return -1;
        }
        String raw = t.text(value);
        List<String> argv = CmdlineWords.split(raw);
        if (t.escaped(value)) {
            List<String> decoded = CmdlineWords.split(GuestText.decode(raw));
            if (!decoded.equals(argv)) {
                problems.olderEscapeArgv(path, r.at(value), argv, decoded);
            }
        }
        joinedArgs(raw, path, value, argv);
        Origin origin = r.origin(path, value);
        if (cmdlineSeen) {
            problems.olderUnused(path, r.at(value), "a second cmdline: the guest gives the first one's argv to every"
                    + " program the first reaches, and this one to none");
        }
        cmdlineSeen = true;
        execs.add(new Exec(argv, RunMode.WAIT, true, origin));
        return value + 1;
    }

    /** The Solo5 forks' {@code cwd}: the directory every program starts in. */
    int cwd(ElementPath path, int value) {
        problems.olderFork(path, r.at(value - 1), "cwd", "changes to the directory every program starts in");
        if (!r.isString(path, value, "cwd")) {
            return -1;
        }
        String dir = r.raw(path, value);
        if (!Syntax.isNormalAbsolutePath(dir)) {
            problems.badValue(path, r.at(value), dir, "a workdir: an absolute, normal path");
            return -1;
        }
        cwd = dir;
        return value + 1;
    }

    int rc(ElementPath path, int value) {
        if (t.type(value) != JsmnTokens.ARRAY) {
            r.halt(path, value, "rc_TESTING must be an array, not " + r.describe(value));
            return -1;
        }
        int next = value + 1;
        for (int k = 0; k < t.size(value); k++) {
            if (next >= t.count()) {
                r.halt(path.index(k), value, "the entries are not where the guest looks for them");
                return -1;
            }
            int taken = rcEntry(path.index(k), next);
            if (taken < 0) {
                return -1;
            }
            next += taken;
        }
        return next;
    }

    /** One rc entry; how many tokens the guest takes for it, or -1 when it halts. */
    private int rcEntry(ElementPath path, int entry) {
        if (t.type(entry) != JsmnTokens.OBJECT) {
            r.halt(path, entry, "an rc entry must be an object, not " + r.describe(entry));
            return -1;
        }
        int bin = -1;
        int argv = -1;
        int runmode = -1;
        int taken = 1;
        int p = entry + 1;
        for (int left = t.size(entry); left > 0; left--) {
            if (p + 1 >= t.count() || t.type(p) != JsmnTokens.STRING) {
                r.halt(path, p < t.count() ? p : entry, "an rc entry's member is not a key and its value");
                return -1;
            }
            String key = t.text(p);
            String name = MasterKeys.RC_ENTRY.match(key);
            ElementPath at = path.key(key);
            if (name == null) {
                r.halt(at, p, "an rc entry has no key spelled " + Problems.quote(key) + " or beginning so ("
                        + String.join(", ", MasterKeys.RC_ENTRY.names()) + ")");
                return -1;
            }
            r.prefix(MasterKeys.RC_ENTRY, key, at, p);
            int v = p + 1;
            int size;
            if (name.equals("argv")) {
                if (t.type(v) != JsmnTokens.ARRAY) {
                    r.halt(at, v, "argv must be an array, not " + r.describe(v));
                    return -1;
                }
                r.twice(argv, at, v);
                argv = v;
                size = 2 + t.size(v);
            } else {
                if (!r.pair(at, p, v)) {
                    return -1;
                }
                if (name.equals("bin")) {
                    r.twice(bin, at, v);
                    bin = v;
                } else {
                    r.twice(runmode, at, v);
                    runmode = v;
                }
                size = 2;
            }
            p += size;
            taken += size;
        }
        if (bin < 0) {
            r.halt(path, entry, "an rc entry without \"bin\"");
            return -1;
        }
        if (argv < 0) {
            r.halt(path, entry, "an rc entry without \"argv\": the guest reads the argv it does not have and crashes");
            return -1;
        }
        RunMode mode = RunMode.WAIT;
        if (runmode >= 0) {
            String m = t.text(runmode);
            mode = m.equals("&") ? RunMode.BACKGROUND : m.equals("|") ? RunMode.PIPE : null;
            if (mode == null) {
                r.halt(path.key(t.text(runmode - 1)), runmode, "runmode " + Problems.quote(m) + " is neither \"&\" nor \"|\"");
                return -1;
            }
        }
        List<String> words = new ArrayList<>();
        words.add(r.raw(path.key("bin"), bin));
        for (int k = 1; k <= t.size(argv); k++) {
            ElementPath wordAt = path.key(t.text(argv - 1)).index(k - 1);
            if (argv + k >= t.count() || t.type(argv + k) != JsmnTokens.STRING) {
                r.halt(wordAt, Math.min(argv + k, t.count() - 1), "each argv word must be a string");
                return -1;
            }
            words.add(r.raw(wordAt, argv + k));
        }
        execs.add(new Exec(words, mode, false, r.origin(path, entry)));
        return taken;
    }

    // --- after the walk

    /**
     * What each baked program runs with: the guest gives the baked programs, in bake order,
     * its gathered argvs in order, except that a cmdline's argv goes to every program from
     * the one it reaches on. It stops when the argvs run out.
     */
    List<RcEntry> programs() {
        if (problems.hasErrors()) {
            return List.of(); // the guest halted before it could start anything
        }
        if (execs.isEmpty()) {
            problems.olderHalt(ElementPath.root(), r.lines.at(t.start(0)),
                    "no cmdline and no rc_TESTING: the guest halts (\"no bins\")");
            return List.of();
        }
        Exec last = execs.get(execs.size() - 1);
        if (last.mode() == RunMode.PIPE) {
            problems.olderHalt(last.origin().path(), last.origin().position(),
                    "the last program may not pipe its output: the guest halts");
            return List.of();
        }
        Optional<List<String>> bins = r.options.bins();
        List<RcEntry> rc = new ArrayList<>();
        int e = 0;
        int baked = bins.isPresent() ? Math.min(bins.get().size(), MAX_BAKED) : Integer.MAX_VALUE;
        for (int b = 0; b < baked && e < execs.size(); b++) {
            Exec exec = execs.get(e);
            if (bins.isEmpty() && exec.cmdline()) {
                problems.cmdlineWithoutBins(exec.origin().path(), exec.origin().position());
                rc.add(entry(RcEntry.FIRST_BAKED, exec));
                e = execs.size(); // a cmdline takes every program from here on
                break;
            }
            if (bins.isEmpty() && b == 0) {
                problems.olderRcWithoutBins(exec.origin().path(), exec.origin().position());
            }
            rc.add(entry(bins.isPresent() ? bins.get().get(b) : exec.argv().get(0), exec));
            if (!exec.cmdline()) {
                e++;
            }
        }
        if (bins.isPresent() && e < execs.size()) {
            Exec reached = execs.get(e);
            String why = reached.cmdline()
                    ? "the cmdline at " + reached.origin().position() + " is the argv of every program from the one it"
                            + " reaches on: the guest never gets to this one"
                    : "no baked program is left for this argv (" + bins.get().size() + " baked): the guest does not"
                            + " run it";
            for (int k = reached.cmdline() ? e + 1 : e; k < execs.size(); k++) {
                Exec unused = execs.get(k);
                if (!unused.cmdline()) { // a second cmdline is reported where it is read
                    problems.olderUnused(unused.origin().path(), unused.origin().position(), why);
                }
            }
        }
        if (bins.isPresent() && e >= execs.size() && rc.size() < Math.min(bins.get().size(), MAX_BAKED)) {
            problems.olderUnused(last.origin().path(), last.origin().position(), "the argvs run out after "
                    + rc.size() + " of the " + bins.get().size() + " baked programs: the guest runs no more (\"out of"
                    + " argv entries\")");
        }
        return rc;
    }

    private RcEntry entry(String bin, Exec exec) {
        return new RcEntry(bin, exec.argv(), exec.mode(), Optional.ofNullable(cwd), List.of(), exec.origin());
    }

    /** An unquoted cmdline bearing the trace of arguments joined with single spaces and no quoting. */
    private void joinedArgs(String raw, ElementPath path, int value, List<String> argv) {
        boolean quoted = raw.indexOf('"') >= 0 || raw.indexOf('\'') >= 0 || raw.indexOf('\\') >= 0;
        boolean blankRun = false;
        for (int k = 1; k < raw.length(); k++) {
            blankRun |= isBlank(raw.charAt(k)) && isBlank(raw.charAt(k - 1));
        }
        boolean blankEnd = !raw.isEmpty() && (isBlank(raw.charAt(0)) || isBlank(raw.charAt(raw.length() - 1)));
        if (!quoted && (blankRun || blankEnd)) {
            problems.olderJoinedArgs(path, r.at(value), argv);
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
