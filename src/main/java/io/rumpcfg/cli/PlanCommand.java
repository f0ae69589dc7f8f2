package io.rumpcfg.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rumpcfg plan}: prints the steps a configuration takes, in order, and why. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the steps a configuration takes, in the order they are applied.",
            "",
            "Each step says what it does and which steps it waits for (with --why, why). An invalid "
                    + "configuration gets the same diagnostics and exit code as validate. The text plan "
                    + "wraps at $COLUMNS, else 80 columns."
        })
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RumpcfgCommand root;

    @Mixin
    CheckOptions check;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default), json, dot (Graphviz), mermaid or sarif. json prints one object "
                    + "holding the diagnostics and the steps (null when invalid); sarif prints the diagnostics "
                    + "alone, as validate does. With json and sarif the diagnostics go to standard output only.")
    PlanOutput.Format format;

    @Option(names = "--reveal", description = "Show the values of secret-looking environment variables.")
    boolean reveal;

    @Option(names = "--why", description = "In the text plan, say why each step waits, one line per reason "
            + "(json, dot and mermaid always do).")
    boolean why;

    @Mixin
    OneConfig config;

    @Override
    public Integer call() throws IOException {
        return PlanOutput.print(config.spec(check, spec), root.stdin, check, format, reveal,
                PlanOutput.layout(root.columns, why), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
