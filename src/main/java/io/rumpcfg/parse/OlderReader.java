package io.rumpcfg.parse;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.Net;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Translates a document of the older format (what rumprun master and its launcher script
 * use) into the current model, element by element. Each element keeps the path and
 * position of what it was read from, so diagnostics and planned steps point into the older
 * document. Root keys may repeat; they are read in document order.
 *
 * <p>{@code cmdline} is split into words as the original did ({@link CmdlineWords}) and,
 * as there, is the whole argv of every baked binary in bake order: one rc entry per name
 * in {@link ParseOptions#bins()}, or, when those are unknown, one entry for {@code "*"}
 * with a warning. {@code env} strings are {@code NAME=VALUE}. Unknown root keys are errors
 * (the original halted on them).
 */
final class OlderReader {
    static final List<String> KEYS = List.of("cmdline", "rc_TESTING", "env", "hostname", "net", "blk");

    private final Reading reading;
    private final EnvReader envReader;
    private final OlderNetReader net;
    private final OlderBlkReader blk;
    private final List<EnvVar> env = new ArrayList<>();
    private Hostname hostname;
    private List<String> argv;
    private Origin cmdlineOrigin;

    OlderReader(Reading reading) {
        this.reading = reading;
        this.envReader = new EnvReader(reading);
        this.net = new OlderNetReader(reading);
        this.blk = new OlderBlkReader(reading);
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
                    reading.problems.unsupported(path, m.keyPosition(), "rc_TESTING of the older format is not read yet;"
                            + " give the program's argv as cmdline");
                    break;
                case "env":
                    readEnv(m, path);
                    break;
                case "hostname":
                    RootReader.hostname(reading, m, path).ifPresent(h -> hostname = h);
                    break;
                case "net":
                    net.read(m.value(), path, m.keyPosition());
                    break;
                case "blk":
                    blk.read(m.value(), path, m.keyPosition());
                    break;
                default:
                    reading.problems.unknownKey(path, m.keyPosition(), m.key(), "the older format", KEYS, false);
            }
        }
        Optional<List<RcEntry>> rc = programs(root);
        if (reading.problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Config(List.of(), rc, env, Optional.ofNullable(hostname),
                new Net(net.interfaces(), net.gateways(), Optional.empty()), blk.blk(), blk.mounts()));
    }

    private void readCmdline(Json.Member m, ElementPath path) {
        Optional<String> text = reading.string(m.value(), path);
        if (text.isPresent() && reading.once(path, m.keyPosition())) {
            argv = CmdlineWords.split(text.get());
            cmdlineOrigin = Reading.origin(path, m.value());
        }
    }

    private void readEnv(Json.Member m, ElementPath path) {
        Optional<String> text = reading.string(m.value(), path);
        if (text.isEmpty()) {
            return;
        }
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

    /** The rc the cmdline stands for: its argv for each baked binary. */
    private Optional<List<RcEntry>> programs(Json.Obj root) {
        if (argv == null) {
            if (!reading.problems.hasErrors()) {
                reading.problems.olderNoProgram(root.position());
            }
            return Optional.empty();
        }
        Optional<List<String>> bins = reading.options.bins();
        if (bins.isEmpty()) {
            reading.problems.cmdlineWithoutBins(cmdlineOrigin.path(), cmdlineOrigin.position());
        }
        List<RcEntry> rc = new ArrayList<>();
        for (String bin : bins.orElse(List.of(RcEntry.FIRST_BAKED))) {
            rc.add(new RcEntry(bin, argv, RunMode.WAIT, Optional.empty(), List.of(), cmdlineOrigin));
        }
        return Optional.of(rc);
    }
}
