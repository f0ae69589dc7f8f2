package io.rumpcfg.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The picocli command tree, which every run goes through. */
final class CommandTree {
    private CommandTree() {}

    /** Parses {@code args} with picocli and runs the command they name, printing to {@code out} and {@code err}. */
    static int execute(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(stdin, args);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The configured command line with every subcommand, as {@code rumpcfg --help} shows it. */
    static CommandLine commandLine(InputStream stdin) {
        return build(stdin, RumpcfgCommand.SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, only that
     * subcommand is built. Picocli reflects over every command it is given, and for a short
     * command such as {@code validate} that was most of the time a fresh JVM took; what the run
     * does and prints is the same as with the whole tree.
     */
    static CommandLine commandLine(InputStream stdin, String[] args) {
        if (args.length > 0) {
            for (Class<?> subcommand : RumpcfgCommand.SUBCOMMANDS) {
                if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                    return build(stdin, List.of(subcommand));
                }
            }
        }
        return commandLine(stdin);
    }

    private static CommandLine build(InputStream stdin, List<Class<?>> subcommands) {
        RumpcfgCommand root = new RumpcfgCommand();
        root.stdin = stdin;
        CommandLine cli = new CommandLine(root);
        for (Class<?> subcommand : subcommands) {
            cli.addSubcommand(subcommand);
        }
        // After the subcommands: the settings are passed down to the subcommands present.
        return guarded(cli);
    }

    /**
     * Sets what every rumpcfg command line has: lenient enum values, a usage error in one line,
     * no trace for internal failures.
     */
    static CommandLine guarded(CommandLine cli) {
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new UnexpectedFailureHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionStrategy(new ErrorGuard(cli.getExecutionStrategy()));
        return cli;
    }
}
