package io.rumpcfg.cli;

import io.rumpcfg.plan.PlanFormat;
import io.rumpcfg.plan.PlanWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
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
        PrintWriter out = spec.commandLine().getOut();
        String source = config.spec(check, spec);
        Loaded loaded = Loaded.load(source, root.stdin, check, Optional.empty(), spec.commandLine().getErr());
        if (!loaded.isValid()) {
            return loaded.exitCode();
        }
        PlanWriter.write(loaded.checked().orElseThrow().plan().orElseThrow(), format, reveal, out);
        out.flush();
        return ExitCode.OK;
    }
}
