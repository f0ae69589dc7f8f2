package io.rumpcfg.cli;

import picocli.CommandLine;

/** The command-line entry point; the only place that exits the JVM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // The library logs through SLF4J only; the CLI chooses the backend's configuration.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "io/rumpcfg/cli/logback.xml");
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that call {@code execute} with captured streams. */
    static CommandLine commandLine() {
        return commandLine(System.in);
    }

    static CommandLine commandLine(java.io.InputStream stdin) {
        RumpcfgCommand root = new RumpcfgCommand();
        root.stdin = stdin;
        return guarded(new CommandLine(root));
    }

    /** Sets what every rumpcfg command line has: lenient enum values, no trace for internal failures. */
    static CommandLine guarded(CommandLine cli) {
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new UnexpectedFailureHandler());
        cli.setExecutionStrategy(new ErrorGuard(cli.getExecutionStrategy()));
        return cli;
    }
}
