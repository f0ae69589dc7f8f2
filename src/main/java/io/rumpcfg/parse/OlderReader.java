package io.rumpcfg.parse;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.Net;
import io.rumpcfg.model.Origin;
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
    Optional<Config> read(Json.Obj root, FormatShapes.Shape first) {
        reading.problems.olderFormat(first.at(), first.path());
        for (Json.Member m : root.members()) {
            ElementPath path = ElementPath.root().key(m.key());
            switch (m.key()) {
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
                    net.read(m.value(), path, m.keyPosition());
                    break;
                case "blk":
                    readBlk(m, path);
                    break;
                case "cwd":
                    readCwd(m, path);
                    break;
                default:
                    reading.problems.unknownKey(path, m.keyPosition(), m.key(), "the older format", KEYS, false);
            }
        }
        Optional<List<RcEntry>> rc = programs(root);
        if (reading.problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Config(sysctl, rc, env, Optional.ofNullable(hostname),
                new Net(net.interfaces(), net.gateways(), Optional.empty()), blk.blk(), blk.mounts()));
    }

    private void readCmdline(Json.Member m, ElementPath path) {
        Optional<String> text = reading.string(m.value(), path);
        if (text.isPresent() && reading.once(path, m.keyPosition())) {
            argv = CmdlineWords.split(text.get());
            cmdlineOrigin = Reading.origin(path, m.value());
            OlderStrings.guestArgv(reading, (Json.Str) m.value(), path, argv);
            OlderStrings.joinedArgs(reading, (Json.Str) m.value(), path, argv);
        }
    }

    private void readRc(Json.Member m, ElementPath path) {
        if (rcOrigin != null) {
            reading.problems.givenTwice(path, m.keyPosition(), rcOrigin.position());
            return;
        }
        rcOrigin = new Origin(path, m.keyPosition());
        rcEntries = rcReader.read(m.value(), path);
    }

    private void readBlk(Json.Member m, ElementPath path) {
        if (!(m.value() instanceof Json.Arr)) {
            blk.read(m.value(), path, m.keyPosition());
            return;
        }
        // The forks' multi-device shape: an array of the same objects.
        List<Json> items = ((Json.Arr) m.value()).items();
        for (int i = 0; i < items.size(); i++) {
            blk.read(items.get(i), path.index(i), items.get(i).position());
        }
    }

    /** As the current format reads it, except that the guest's sethostname took any text. */
    private void readHostname(Json.Member m, ElementPath path) {
        OlderStrings.guestSees(reading, m.value(), path);
        if (m.value() instanceof Json.Str && !Syntax.isHostname(((Json.Str) m.value()).value())) {
            String name = ((Json.Str) m.value()).value();
            if (reading.once(path, m.keyPosition())) {
                reading.problems.olderHostname(path, m.value().position(), name);
                sysctl.add(new Sysctl(Hostname.SYSCTL_KEY, new SysctlValue.Str(name), Reading.origin(path, m.value())));
            }
            return;
        }
        RootReader.hostname(reading, m, path).ifPresent(h -> hostname = h);
    }

    private void readCwd(Json.Member m, ElementPath path) {
        Optional<String> dir = reading.string(m.value(), path);
        if (dir.isEmpty() || !reading.once(path, m.keyPosition())) {
            return;
        }
        if (!Syntax.isNormalAbsolutePath(dir.get())) {
            reading.problems.badValue(path, m.value().position(), dir.get(), "a workdir: " + MountReader.NORMAL_PATH_RULE);
            return;
        }
        OlderStrings.guestSees(reading, m.value(), path);
        cwd = dir.get();
        cwdOrigin = Reading.origin(path, m.value());
    }

    private void readEnv(Json.Member m, ElementPath path) {
        Optional<String> text = reading.string(m.value(), path);
        if (text.isEmpty()) {
            return;
        }
        OlderStrings.guestSees(reading, m.value(), path);
        int eq = text.get().indexOf('=');
        if (eq < 0) {
            reading.problems.badValue(path, m.value().position(), text.get(), "a \"NAME=VALUE\" string");
            return;
        }
        String name = text.get().substring(0, eq);
        if (envReader.name(name, path, m.value().position()) && envReader.declare(name, path, m.value().position())) {
            env.add(new EnvVar(name, text.get().substring(eq + 1), new Origin(path, m.value().position())));
        }
    }

    /** The rc the cmdline or rc_TESTING stands for. */
    private Optional<List<RcEntry>> programs(Json.Obj root) {
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
                reading.problems.olderNoProgram(root.position());
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
