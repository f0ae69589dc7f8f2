package io.rumpcfg.cli;

import io.rumpcfg.internal.DiagnosticOrder;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.spec.Sources;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rumpcfg validate}: reads, validates and plans each FILE, and reports every problem. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks configurations and reports every problem.",
            "",
            "Reads each FILE (- for standard input) and prints every problem to standard "
                    + "error as FILE:LINE:COL: error: PATH: message, or with --format json or sarif "
                    + "to standard output for tools. A configuration is valid only if it can be planned."
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RumpcfgCommand root;

    @Mixin
    CheckOptions check;

    @Option(
            names = "--target",
            paramLabel = "PLATFORM",
            description = "Also check that the configuration fits what xen, hw or solo5 can carry.")
    Optional<Sources.Target> target = Optional.empty();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default): lines on standard error; json: one JSON object per problem and line "
                    + "(file, line, column, path, code, severity, message); sarif: one SARIF 2.1.0 log, "
                    + "as GitHub code scanning takes it. json and sarif go to standard output.")
    ReportFormat format;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Configuration files; - reads standard input.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> specs = Specs.of(files, check.source, spec);
        DiagnosticReport report = format.report(spec.commandLine().getOut(), err);
        int exit = ExitCode.OK;
        for (String file : specs) {
            exit = Math.max(exit, validate(file, report, err));
        }
        report.finish();
        err.flush();
        return exit;
    }

    private int validate(String file, DiagnosticReport report, PrintWriter err) {
        Loaded loaded = Loaded.loadConfiguration(file, root.stdin, check, report, err);
        if (!loaded.isValid() || target.isEmpty()) {
            return loaded.exitCode();
        }
        SourceResult source = loaded.source().orElseThrow();
        int size = source.config().map(bytes -> bytes.length).orElse(0);
        List<Diagnostic> shown = check.shown(Sources.checkSize(target.get(), size));
        report.add(source.name(), Loaded.fileOf(file), DiagnosticOrder.sorted(shown));
        return Diagnostic.anyError(shown) ? ExitCode.INVALID : ExitCode.OK;
    }
}
