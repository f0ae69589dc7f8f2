package io.rumpcfg.parse;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.Net;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Translates a document of the older format (what rumprun master, its launcher script and
 * the Solo5 forks read) into the current model, element by element. Each element keeps the
 * path and position of what it was read from, so diagnostics and planned steps point into
 * the older document. Root keys may repeat; they are read in document order.
 *
 * <p>{@code cmdline} is split into words as the original did ({@link CmdlineWords}) and,
 * as there, is the whole argv of every baked binary in bake order: one rc entry per name
 * in {@link ParseOptions#bins()}, or, when those are unknown, one entry for {@code "*"}
 * with a warning. {@code rc_TESTING} (or {@code rc}) gives each baked binary in turn its
 * own argv ({@link OlderRcReader}). {@code cwd}, a key of the Solo5 forks, is the workdir of
 * every program, since they all start after the whole document. {@code env} strings are
 * {@code NAME=VALUE}. Unknown root keys are errors (the original halted on them).
 */
final class OlderReader {
    static final List<String> KEYS = List.of("cmdline", "rc_TESTING", "rc", "env", "hostname", "net", "blk", "cwd");

    private final Reading reading;
    private final EnvReader envReader;
    private final OlderNetReader net;
    private final OlderBlkReader blk;
    private final OlderRcReader rcReader;
    private final List<EnvVar> env = new ArrayList<>();
    private final List<Sysctl> sysctl = new ArrayList<>();
    private Hostname hostname;
    private List<String> argv;
    private Origin cmdlineOrigin;
    private List<OlderRcReader.Entry> rcEntries;
    private Origin rcOrigin;
    private String cwd;
    private Origin cwdOrigin;

    OlderReader(Reading reading) {
        this.reading = reading;
        this.envReader = new EnvReader(reading);
        this.net = new OlderNetReader(reading);
        this.blk = new OlderBlkReader(reading);
        this.rcReader = new OlderRcReader(reading);
    }

    /** The configuration, if the document has no error; {@code first} is its first older shape. */
    Optional<Config> read(int root, FormatShapes.Shape first) {
        Tape t = reading.tape;
        reading.problems.olderFormat(first.at(), first.path());
        for (int m = t.first(root); m != Tape.NONE; m = t.next(m)) {
            String key = t.text(m);
            ElementPath path = ElementPath.root().key(key);
            switch (key) {
                case "cmdline":
                    readCmdline(m, path);
                    break;
                case "rc_TESTING":
                case "rc":
                    readRc(m, path);
                    break;
                case "env":
                    readEnv(m, path);
                    break;
                case "hostname":
                    readHostname(m, path);
                    break;
                case "net":
                    net.read(Tape.value(m), path, t.position(m));
                    break;
                case "blk":
                    readBlk(m, path);
                    break;
                case "cwd":
                    readCwd(m, path);
                    break;
                default:
                    reading.problems.unknownKey(path, t.position(m), key, "the older format", KEYS, false);
            }
        }
        Optional<List<RcEntry>> rc = programs(root);
        if (reading.problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Config(sysctl, rc, env, Optional.ofNullable(hostname),
                new Net(net.interfaces(), net.gateways(), Optional.empty()), blk.blk(), blk.mounts()));
    }

    // Each read* takes a member of the root: its key's index on the tape.

    private void readCmdline(int m, ElementPath path) {
        int value = Tape.value(m);
        String text = reading.string(value, path);
        if (text != null && reading.once(path, reading.tape.position(m))) {
            argv = CmdlineWords.split(text);
            cmdlineOrigin = reading.origin(path, value);
            OlderStrings.guestArgv(reading, value, path, argv);
            OlderStrings.joinedArgs(reading, value, path, argv);
        }
    }

    private void readRc(int m, ElementPath path) {
        Position at = reading.tape.position(m);
        if (rcOrigin != null) {
            reading.problems.givenTwice(path, at, rcOrigin.position());
            return;
        }
        rcOrigin = new Origin(path, at);
        rcEntries = rcReader.read(Tape.value(m), path);
    }

    private void readBlk(int m, ElementPath path) {
        Tape t = reading.tape;
        int value = Tape.value(m);
        if (!t.isArray(value)) {
            blk.read(value, path, t.position(m));
            return;
        }
        // The forks' multi-device shape: an array of the same objects.
        int i = 0;
        for (int item = t.first(value); item != Tape.NONE; item = t.next(item)) {
            blk.read(item, path.index(i++), t.position(item));
        }
    }

    /** As the current format reads it, except that the guest's sethostname took any text. */
    private void readHostname(int m, ElementPath path) {
        Tape t = reading.tape;
        int value = Tape.value(m);
        OlderStrings.guestSees(reading, value, path);
        if (t.isString(value) && !Syntax.isHostname(t.text(value))) {
            String name = t.text(value);
            if (reading.once(path, t.position(m))) {
                reading.problems.olderHostname(path, t.position(value), name);
                sysctl.add(new Sysctl(Hostname.SYSCTL_KEY, new SysctlValue.Str(name), reading.origin(path, value)));
            }
            return;
        }
        RootReader.hostname(reading, m, path).ifPresent(h -> hostname = h);
    }

    private void readCwd(int m, ElementPath path) {
        int value = Tape.value(m);
        String dir = reading.string(value, path);
        if (dir == null || !reading.once(path, reading.tape.position(m))) {
            return;
        }
        if (!Syntax.isNormalAbsolutePath(dir)) {
            reading.problems.badValue(path, reading.tape.position(value), dir, "a workdir: " + MountReader.NORMAL_PATH_RULE);
            return;
        }
        OlderStrings.guestSees(reading, value, path);
        cwd = dir;
        cwdOrigin = reading.origin(path, value);
    }

    private void readEnv(int m, ElementPath path) {
        int value = Tape.value(m);
        String text = reading.string(value, path);
        if (text == null) {
            return;
        }
        OlderStrings.guestSees(reading, value, path);
        Position at = reading.tape.position(value);
        int eq = text.indexOf('=');
        if (eq < 0) {
            reading.problems.badValue(path, at, text, "a \"NAME=VALUE\" string");
            return;
        }
        String name = text.substring(0, eq);
        if (envReader.name(name, path, at) && envReader.declare(name, path, at)) {
            env.add(new EnvVar(name, text.substring(eq + 1), new Origin(path, at)));
        }
    }

    /** The rc the cmdline or rc_TESTING stands for. */
    private Optional<List<RcEntry>> programs(int root) {
        if (argv != null && rcOrigin != null) {
            reading.problems.unsupported(rcOrigin.path(), rcOrigin.position(), "both cmdline and "
                    + rcOrigin.path() + ": which program gets which argv depends on their order; give one of them");
            return Optional.empty();
        }
        if (rcOrigin != null) {
            return Optional.of(rcPrograms());
        }
        if (argv == null) {
            if (!reading.problems.hasErrors()) {
                reading.problems.olderNoProgram(reading.tape.position(root));
            }
            if (cwdOrigin != null) {
                reading.problems.olderIgnored(cwdOrigin.path(), cwdOrigin.position(), "cwd", "without a program");
            }
            return Optional.empty();
        }
        Optional<List<String>> bins = reading.options.bins();
        if (bins.isEmpty()) {
            reading.problems.cmdlineWithoutBins(cmdlineOrigin.path(), cmdlineOrigin.position());
        }
        List<RcEntry> rc = new ArrayList<>();
        for (String bin : bins.orElse(List.of(RcEntry.FIRST_BAKED))) {
            rc.add(entry(bin, argv, cmdlineOrigin));
        }
        return Optional.of(rc);
    }

    /** Entry i starts the i-th baked binary; with the bins unknown, it is named as its argv[0]. */
    private List<RcEntry> rcPrograms() {
        Optional<List<String>> bins = reading.options.bins();
        if (bins.isEmpty() && !rcEntries.isEmpty()) {
            reading.problems.olderRcWithoutBins(rcOrigin.path(), rcOrigin.position());
        }
        List<RcEntry> rc = new ArrayList<>();
        for (int i = 0; i < rcEntries.size(); i++) {
            OlderRcReader.Entry e = rcEntries.get(i);
            if (bins.isPresent() && i >= bins.get().size()) {
                reading.problems.olderRcUnused(e.path(), e.at(), bins.get().size());
                continue;
            }
            String bin = bins.isPresent() ? bins.get().get(i) : e.argv().get(0);
            rc.add(entry(bin, e.argv(), new Origin(e.path(), e.at())));
        }
        return rc;
    }

    private RcEntry entry(String bin, List<String> words, Origin origin) {
        return new RcEntry(bin, words, RunMode.WAIT, Optional.ofNullable(cwd), List.of(), origin);
    }
}
