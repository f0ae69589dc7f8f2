package io.rumpcfg.convert;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The programs in the older format. The older guests start the baked binaries in bake order,
 * all after the whole document: {@code cmdline} gives every one the same argv (urunc and
 * runnc write it for their one program), {@code rc_TESTING} gives the i-th its own
 * ({@code bin} is argv[0], {@code argv} the rest). The one program of a unikernel of one
 * baked binary (the bins say so, or the entry's bin is {@code "*"}) becomes a cmdline, as
 * urunc writes it, when parseargs can give its words back; otherwise rc_TESTING. Every
 * program starts in the same directory: {@code cwd} on the Solo5 forks, / on master.
 */
final class OlderPrograms {
    /** What to write: a cmdline, or rc_TESTING entries, and a cwd. */
    record Programs(Optional<String> cmdline, Optional<List<Argv>> rc, Optional<String> cwd) {}

    /** One rc_TESTING entry: {@code [bin, argv...]} and its runmode. */
    record Argv(List<String> words, RunMode mode) {}

    private final OlderOptions options;
    private final Losses losses;

    OlderPrograms(OlderOptions options, Losses losses) {
        this.options = options;
        this.losses = losses;
    }

    Programs programs(Config config) {
        if (config.rc().isEmpty() || config.rc().get().isEmpty()) {
            return none(config);
        }
        List<RcEntry> entries = config.rc().get();
        List<Argv> argvs = new ArrayList<>();
        String cwd = null;
        for (int i = 0; i < entries.size(); i++) {
            RcEntry e = entries.get(i);
            if (!bakeOrder(e, i, entries)) {
                if (losses.cannot(e.origin(), "the older guests start the baked binaries in bake order; "
                        + "this entry cannot start " + quote(e.bin()) + " here")) {
                    // Every later entry would start the wrong binary: they go too.
                    for (int j = i + 1; j < entries.size(); j++) {
                        losses.cannot(entries.get(j).origin(), "it follows a dropped entry, and "
                                + "would start another baked binary than " + quote(entries.get(j).bin()));
                    }
                    break;
                }
                continue;
            }
            if (!e.sysctl().isEmpty()) {
                losses.cannot(e.origin(), "netbsd", "the older format has no per-process sysctl");
            }
            String workdir = e.effectiveWorkdir();
            if (cwd == null) {
                cwd = workdir;
                checkCwd(workdir, e);
            } else if (!cwd.equals(workdir)) {
                losses.cannot(e.origin(), "workdir", "every program starts in the same directory, "
                        + quote(cwd) + " here");
            }
            boolean ok = true;
            for (String word : e.effectiveArgv()) {
                ok &= losses.verbatim(word, e.origin());
            }
            if (ok) {
                argvs.add(new Argv(e.effectiveArgv(), e.runmode()));
            }
        }
        if (argvs.isEmpty()) {
            losses.fatal(ElementPath.root().key("rc"), Position.UNKNOWN,
                    "no program is left, and the older guest halts (\"no bins\") on a document without one");
            return new Programs(Optional.empty(), Optional.empty(), Optional.empty());
        }
        if (argvs.get(argvs.size() - 1).mode() == RunMode.PIPE) {
            losses.fatal(ElementPath.root().key("rc"), Position.UNKNOWN,
                    "the last program left pipes its output, and the older guest halts on that");
        }
        Optional<String> dir = cwd != null && !cwd.equals(RcEntry.DEFAULT_WORKDIR)
                && options.dialect() == OlderDialect.SOLO5 ? Optional.of(cwd) : Optional.empty();
        // A cmdline goes to every baked binary, and read back without bins to "*": so only for one.
        boolean oneProgram = options.bins().isPresent() ? options.bins().get().size() == 1
                : entries.size() == 1 && entries.get(0).bin().equals(RcEntry.FIRST_BAKED);
        if (argvs.size() == 1 && oneProgram && argvs.get(0).mode() == RunMode.WAIT
                && plainWords(argvs.get(0).words())) {
            return new Programs(Optional.of(cmdline(argvs.get(0).words())), Optional.empty(), dir);
        }
        return new Programs(Optional.empty(), Optional.of(argvs), dir);
    }

    /** No rc, or an empty one: the original halts ("no bins") on a document without programs. */
    private Programs none(Config config) {
        if (config.rc().isEmpty() && options.bins().isPresent() && !options.bins().get().isEmpty()) {
            List<Argv> argvs = new ArrayList<>();
            for (String bin : options.bins().get()) {
                argvs.add(new Argv(List.of(bin), RunMode.WAIT));
            }
            return new Programs(Optional.empty(), Optional.of(argvs), Optional.empty());
        }
        String why = "the original guest halts (\"no bins\") on a document without programs"
                + (config.rc().isEmpty() ? "; pass --bins so that each baked binary gets an entry" : "");
        ElementPath path = config.rc().isEmpty() ? ElementPath.root() : ElementPath.root().key("rc");
        losses.fatal(path, Position.UNKNOWN, why);
        return new Programs(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private boolean bakeOrder(RcEntry e, int i, List<RcEntry> entries) {
        if (options.bins().isPresent()) {
            List<String> bins = options.bins().get();
            return i < bins.size() && (e.bin().equals(bins.get(i)) || (i == 0 && e.bin().equals(RcEntry.FIRST_BAKED)));
        }
        for (int j = 0; j < i; j++) {
            if (entries.get(j).bin().equals(e.bin())) {
                return false;
            }
        }
        return i == 0 || !e.bin().equals(RcEntry.FIRST_BAKED);
    }

    private void checkCwd(String workdir, RcEntry e) {
        if (workdir.equals(RcEntry.DEFAULT_WORKDIR)) {
            return;
        }
        if (options.dialect() == OlderDialect.MASTER) {
            losses.cannot(e.origin(), "workdir", "master's guests start every program in /; "
                    + "the Solo5 forks' cwd would (--dialect solo5)");
        } else if (!workdir.startsWith("/")) {
            losses.cannot(e.origin(), "workdir", "cwd is an absolute directory");
        } else {
            losses.verbatim(workdir, e.origin());
        }
    }

    private static boolean plainWords(List<String> words) {
        for (String word : words) {
            if (!plainWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** A word rumprun's parseargs reads back as itself, once quoted as {@link #cmdline} does. */
    static boolean plainWord(String w) {
        return w.indexOf('\'') < 0 && w.indexOf('"') < 0 && w.indexOf('\\') < 0 && w.indexOf('\n') < 0;
    }

    /** The words joined so that parseargs splits them back: a word with blanks, or empty, in single quotes. */
    static String cmdline(List<String> argv) {
        List<String> words = new ArrayList<>();
        for (String w : argv) {
            words.add(w.isEmpty() || w.indexOf(' ') >= 0 || w.indexOf('\t') >= 0 ? "'" + w + "'" : w);
        }
        return String.join(" ", words);
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
