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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rumpcfg convert}: prints a configuration in the current format, normalised, or in the older one. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a configuration in the current format, or in the older one.",
            "",
            "Reads FILE in either format (the older one, as the rumprun launcher wrote it, or the "
                    + "current one) and prints it in the current format on standard output: two-space "
                    + "indentation, keys in the documented order, defaults left out. Pass --bins with the "
                    + "baked binaries in bake order so that an older cmdline becomes one rc entry for each. "
                    + "An invalid configuration prints nothing and gets the same diagnostics and exit code "
                    + "as validate.",
            "",
            "With --to older it prints the older-format document that guests reading only that format "
                    + "accept (rumprun master with --dialect master, the Solo5 forks urunc and runnc start with "
                    + "--dialect solo5): one line of strict JSON, keys repeated, in the order urunc writes them. "
                    + "What the older format cannot express is an error naming the element (exit code 1), or "
                    + "with --lossy a warning per element left out."
        })
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RumpcfgCommand root;

    @Mixin
    CheckOptions check;

    @Option(names = "--to", paramLabel = "FORMAT", description = "current (the default) or older (also spelt legacy).")
    String to = "current";

    @Option(names = "--dialect", paramLabel = "GUEST",
            description = "With --to older: master (the default) or solo5.")
    String dialect = OlderDialect.MASTER.token();

    @Option(names = "--lossy", description = "With --to older: leave out, with a warning each, what the older format cannot express.")
    boolean lossy;

    @Mixin
    OneConfig config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<OlderDialect> guest = OlderDialect.fromToken(dialect);
        if (!List.of("current", "older", "legacy").contains(to) || guest.isEmpty()) {
            throw new ParameterException(spec.commandLine(), guest.isEmpty()
                    ? "--dialect must be master or solo5, not '" + dialect + "'"
                    : "--to must be current or older, not '" + to + "'");
        }
        boolean olderOnly = spec.commandLine().getParseResult().hasMatchedOption("--dialect") || lossy;
        if (to.equals("current") && olderOnly) {
            throw new ParameterException(spec.commandLine(), "--dialect and --lossy go with --to older");
        }
        String source = config.spec(check, spec);
        Loaded loaded = Loaded.loadConfiguration(source, root.stdin, check, spec.commandLine().getErr());
        if (!loaded.isValid()) {
            return loaded.exitCode();
        }
        Config config = loaded.checked().orElseThrow().config().orElseThrow();
        if (to.equals("current")) {
            List<Diagnostic> cannot = ConfigWriter.inexpressible(config);
            if (!cannot.isEmpty()) {
                Diagnostics.print(loaded.source().map(s -> s.name()).orElse(source), cannot, spec.commandLine().getErr());
                spec.commandLine().getErr().flush();
                return ExitCode.INVALID;
            }
            out.print(ConfigWriter.write(config));
            out.flush();
            return ExitCode.OK;
        }
        Optional<List<String>> bins = check.bins.isEmpty() ? Optional.empty() : Optional.of(check.bins);
        OlderResult older = OlderWriter.write(config, new OlderOptions(guest.get(), lossy, bins));
        PrintWriter err = spec.commandLine().getErr();
        String name = loaded.source().map(s -> s.name()).orElse(source);
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
}
