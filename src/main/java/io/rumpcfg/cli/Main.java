package io.rumpcfg.cli;

/**
 * The command-line entry point; the only place that exits the JVM. Every command runs by the
 * same path, {@link CommandTree}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        useCliLogging();
        System.exit(CommandTree.execute(args, System.in, StdStreams.out(), StdStreams.err()));
    }

    /** The library logs through SLF4J only; the CLI chooses the backend's configuration. */
    static void useCliLogging() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "io/rumpcfg/cli/logback.xml");
        }
    }
}
