package io.rumpcfg.cli;

import io.rumpcfg.internal.DiagnosticOrder;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.spec.Sources;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** {@code rumpcfg validate}: reads, validates and plans each FILE, and reports every problem. */
final class ValidateCommand implements Command {
    static final Usage USAGE = CheckOptions.declare(Usage.of(Subcommand.VALIDATE.token(), "Checks configurations and reports every problem.")
                    .details("Reads each FILE (- for standard input) and prints every problem to standard "
                            + "error as FILE:LINE:COL: error: PATH: message, or with --format json or sarif "
                            + "to standard output for tools. A configuration is valid only if it can be planned.")
                    .operands("[FILE...]")
                    .operand("[FILE...]", "Configuration files; - reads standard input."))
            .option("--target", "PLATFORM", "Also check that the configuration fits what xen, hw or solo5 can carry.")
            .option("--format", "FORMAT", "text (default): lines on standard error; json: one JSON object per problem "
                    + "and line (file, line, column, path, code, severity, message); sarif: one SARIF 2.1.0 log, "
                    + "as GitHub code scanning takes it. json and sarif go to standard output.")
            .build();

    private final CheckOptions check;
    private final Optional<Sources.Target> target;
    private final ReportFormat format;
    private final List<String> specs;

    ValidateCommand(Args args) {
        check = new CheckOptions(args);
        target = args.choice("--target", Sources.Target.values());
        format = args.choice("--format", ReportFormat.values()).orElse(ReportFormat.TEXT);
        specs = Specs.of(args.operands(), check.source);
    }

    @Override
    public int call(Io io) {
        DiagnosticReport report = format.report(io.out(), io.err());
        int exit = ExitCode.OK;
        for (String file : specs) {
            exit = Math.max(exit, validate(file, report, io));
        }
        report.finish();
        io.err().flush();
        return exit;
    }

    private int validate(String file, DiagnosticReport report, Io io) {
        PrintWriter err = io.err();
        Loaded loaded = Loaded.loadConfiguration(file, io.stdin(), check, report, err);
        if (!loaded.isValid() || target.isEmpty()) {
            return loaded.exitCode();
        }
        SourceResult source = loaded.source().orElseThrow();
        int size = source.config().isPresent() ? source.config().get().length : 0;
        List<Diagnostic> shown = check.shown(Sources.checkSize(target.get(), size));
        report.add(source.name(), Loaded.fileOf(file), DiagnosticOrder.sorted(shown));
        return Diagnostic.anyError(shown) ? ExitCode.INVALID : ExitCode.OK;
    }
}
