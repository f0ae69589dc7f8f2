package io.rumpcfg.cli;

import java.io.IOException;

/** {@code rumpcfg plan}: prints the steps a configuration takes, in order, and why. */
final class PlanCommand implements Command {
    static final Usage USAGE = CheckOptions.declare(Usage.of(Subcommand.PLAN.token(),
                    "Prints the steps a configuration takes, in the order they are applied.")
                    .details("Each step says what it does and which steps it waits for (with --why, why). An invalid "
                            + "configuration gets the same diagnostics and exit code as validate. The text plan "
                            + "wraps at $COLUMNS, else 80 columns.")
                    .operands(Specs.ONE_FILE)
                    .operand(Specs.ONE_FILE, Specs.ONE_FILE_HELP))
            .option("--format", "FORMAT", "text (default), json, dot (Graphviz), mermaid or sarif. json prints one "
                    + "object holding the diagnostics and the steps (null when invalid); sarif prints the diagnostics "
                    + "alone, as validate does. With json and sarif the diagnostics go to standard output only.")
            .flag("--reveal", "Show the values of secret-looking environment variables.")
            .flag("--why", "In the text plan, say why each step waits, one line per reason "
                    + "(json, dot and mermaid always do).")
            .build();

    private final CheckOptions check;
    private final PlanOutput.Format format;
    private final boolean reveal;
    private final boolean why;
    private final String source;

    PlanCommand(Args args) {
        check = new CheckOptions(args);
        format = args.choice("--format", PlanOutput.Format.values()).orElse(PlanOutput.Format.TEXT);
        reveal = args.flag("--reveal");
        why = args.flag("--why");
        source = Specs.one(args.operands(), check.source);
    }

    @Override
    public int call(Io io) throws IOException {
        return PlanOutput.print(source, io.stdin(), check, format, reveal, PlanOutput.layout(io.columns(), why),
                io.out(), io.err());
    }
}
