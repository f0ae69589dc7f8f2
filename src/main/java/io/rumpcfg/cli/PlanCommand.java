package io.rumpcfg.cli;

import io.rumpcfg.plan.PlanFormat;
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
            "Each step says what it does and which steps it waits for. An invalid "
                    + "configuration gets the same diagnostics and exit code as validate."
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
            description = "text (default), json, dot (Graphviz) or mermaid.")
    PlanFormat format;

    @Option(names = "--reveal", description = "Show the values of secret-looking environment variables.")
    boolean reveal;

    @Mixin
    OneConfig config;

    @Override
    public Integer call() throws IOException {
        return PlanOutput.print(config.spec(check, spec), root.stdin, check, format, reveal,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
