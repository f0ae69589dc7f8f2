package io.rumpcfg.cli;

/**
 * The command-line entry point; the only place that exits the JVM. Every command runs by the
 * same path, {@link CommandTree}.
 */
public final class Main {
    /**
     * The CLI's SLF4J provider, {@link CliLogging}, by name: a command that logs nothing never
     * loads it, nor logback.
     */
    static final String LOGGING = "io.rumpcfg.cli.CliLogging";

    private Main() {}

    public static void main(String[] args) {
        useCliLogging();
        System.exit(CommandTree.execute(args, Io.system()));
    }

    /**
     * Makes SLF4J start the CLI's logging, unless the JVM was told another provider; SLF4J's
     * note that it did so (a line on standard error for every run) stays unsaid.
     */
    static void useCliLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", LOGGING);
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }
}
