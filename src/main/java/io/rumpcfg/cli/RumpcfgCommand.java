package io.rumpcfg.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;

/** {@code rumpcfg}: the top-level command, which only dispatches. */
@Command(
        name = "rumpcfg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads, validates, plans and applies rumprun unikernel JSON configurations.",
        subcommands = {ValidateCommand.class, PlanCommand.class, RunCommand.class, XenWriteCommand.class, SchemaCommand.class,
            ConvertCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:valid (warnings allowed), or applied",
            "1:invalid configuration; nothing applied",
            "2:usage error",
            "3:a step or a foreground program failed",
            "4:an input could not be read"
        })
final class RumpcfgCommand {
    /** Standard input, replaceable by tests. */
    InputStream stdin = System.in;
}
