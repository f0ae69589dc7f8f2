package io.rumpcfg.cli;

import io.rumpcfg.convert.ConfigWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rumpcfg convert}: prints a configuration in the current format, normalised. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a configuration in the current format.",
            "",
            "Reads FILE in either format (the older one, as the rumprun launcher wrote it, or the "
                    + "current one) and prints it in the current format on standard output: two-space "
                    + "indentation, keys in the documented order, defaults left out. Pass --bins with the "
                    + "baked binaries in bake order so that an older cmdline becomes one rc entry for each. "
                    + "An invalid configuration prints nothing and gets the same diagnostics and exit code "
                    + "as validate."
        })
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RumpcfgCommand root;

    @Mixin
    CheckOptions check;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The configuration; - reads standard input.")
    List<String> file = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String source = Specs.one(file, check.source, spec);
        Loaded loaded = Loaded.load(source, root.stdin, check, Optional.empty(), spec.commandLine().getErr());
        if (!loaded.isValid()) {
            return loaded.exitCode();
        }
        out.print(ConfigWriter.write(loaded.checked().orElseThrow().config().orElseThrow()));
        out.flush();
        return ExitCode.OK;
    }
}
