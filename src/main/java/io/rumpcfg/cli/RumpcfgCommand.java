package io.rumpcfg.cli;

import java.io.InputStream;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code rumpcfg}: the top-level command, which only dispatches. */
@Command(
        name = "rumpcfg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads, validates, plans and applies rumprun unikernel JSON configurations.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:valid (warnings allowed unless --deny-warnings), or applied",
            "1:invalid configuration (with --deny-warnings, any warning); nothing applied",
            "2:usage error",
            "3:a step or a foreground program failed",
            "4:an input could not be read",
            "5:run --timeout passed; every program was killed"
        })
final class RumpcfgCommand {
    /**
     * The subcommands, in the order help lists them. They are added by {@link Main} rather
     * than named in the annotation, so that a run can build only the one it needs.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            ValidateCommand.class, PlanCommand.class, RunCommand.class, XenWriteCommand.class, SchemaCommand.class,
            ConvertCommand.class, LaunchCommand.class, ImageCommand.class);

    /** Standard input, replaceable by tests. */
    InputStream stdin = System.in;

    /** The terminal's width as the environment's COLUMNS gives it, or null; replaceable by tests. */
    String columns = System.getenv("COLUMNS");
}
