package io.rumpcfg.cli;

import io.rumpcfg.convert.ConfigWriter;
import io.rumpcfg.convert.OlderDialect;
import io.rumpcfg.convert.OlderOptions;
import io.rumpcfg.convert.OlderResult;
import io.rumpcfg.convert.OlderWriter;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** {@code rumpcfg convert}: prints a configuration in the current format, normalised, or in the older one. */
final class ConvertCommand implements Command {
    static final Usage USAGE = CheckOptions.declare(Usage.of(Subcommand.CONVERT.token(),
                    "Prints a configuration in the current format, or in the older one.")
                    .details("Reads FILE in either format (the older one, as the rumprun launcher wrote it, or the "
                            + "current one) and prints it in the current format on standard output: two-space "
                            + "indentation, keys in the documented order, defaults left out. Pass --bins with the "
                            + "baked binaries in bake order so that an older cmdline becomes one rc entry for each. "
                            + "An invalid configuration prints nothing and gets the same diagnostics and exit code "
                            + "as validate.",
                            "With --to older it prints the older-format document that guests reading only that format "
                            + "accept (rumprun master with --dialect master, the Solo5 forks urunc and runnc start with "
                            + "--dialect solo5): one line of strict JSON, keys repeated, in the order urunc writes them. "
                            + "What the older format cannot express is an error naming the element (exit code 1), or "
                            + "with --lossy a warning per element left out.")
                    .operands(Specs.ONE_FILE)
                    .operand(Specs.ONE_FILE, Specs.ONE_FILE_HELP))
            .option("--to", "FORMAT", "current (the default) or older (also spelt legacy).")
            .option("--dialect", "GUEST", "With --to older: master (the default) or solo5.")
            .flag("--lossy", "With --to older: leave out, with a warning each, what the older format cannot express.")
            .build();

    private final CheckOptions check;
    private final String to;
    private final OlderDialect guest;
    private final boolean lossy;
    private final String source;

    ConvertCommand(Args args) {
        check = new CheckOptions(args);
        to = args.value("--to").orElse("current");
        Optional<String> dialect = args.value("--dialect");
        lossy = args.flag("--lossy");
        Optional<OlderDialect> named = OlderDialect.fromToken(dialect.orElse(OlderDialect.MASTER.token()));
        if (named.isEmpty()) {
            throw new UsageError("--dialect must be master or solo5, not '" + dialect.orElseThrow() + "'");
        }
        guest = named.get();
        if (!List.of("current", "older", "legacy").contains(to)) {
            throw new UsageError("--to must be current or older, not '" + to + "'");
        }
        if (to.equals("current") && (dialect.isPresent() || lossy)) {
            throw new UsageError("--dialect and --lossy go with --to older");
        }
        source = Specs.one(args.operands(), check.source);
    }

    @Override
    public int call(Io io) {
        PrintWriter out = io.out();
        PrintWriter err = io.err();
        Loaded loaded = Loaded.loadConfiguration(source, io.stdin(), check, err);
        if (!loaded.isValid()) {
            return loaded.exitCode();
        }
        Config config = loaded.checked().orElseThrow().config().orElseThrow();
        if (to.equals("current")) {
            List<Diagnostic> cannot = ConfigWriter.inexpressible(config);
            if (!cannot.isEmpty()) {
                Diagnostics.print(name(loaded), cannot, err);
                err.flush();
                return ExitCode.INVALID;
            }
            out.print(ConfigWriter.write(config));
            out.flush();
            return ExitCode.OK;
        }
        Optional<List<String>> bins = check.bins.isEmpty() ? Optional.empty() : Optional.of(check.bins);
        OlderResult older = OlderWriter.write(config, new OlderOptions(guest, lossy, bins));
        String name = name(loaded);
        List<Diagnostic> shown = check.shown(older.diagnostics());
        Diagnostics.print(name, shown, err);
        err.flush();
        if (older.document().isEmpty() || Diagnostic.anyError(shown)) {
            return ExitCode.INVALID;
        }
        out.print(older.document().get());
        out.flush();
        return ExitCode.OK;
    }

    /** The configuration's name in diagnostics: its source's, or the spec given. */
    private String name(Loaded loaded) {
        return loaded.source().isPresent() ? loaded.source().get().name() : source;
    }
}
