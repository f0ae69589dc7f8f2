package io.rumpcfg.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** The FILE argument of a command that reads one configuration: plan, run, convert, xen-write. */
final class OneConfig {
    // A list, so that a second FILE is named in a usage error of our own (Specs.one); the synopsis
    // shows one FILE all the same.
    @Parameters(paramLabel = "[FILE]", hideParamSyntax = true, arity = "0..*",
            description = "The configuration; - reads standard input.")
    List<String> file = new ArrayList<>();

    /** The one source spec: FILE, or {@code --source}; anything else is a usage error. */
    String spec(CheckOptions check, CommandSpec command) {
        return Specs.one(file, check.source, command);
    }
}
