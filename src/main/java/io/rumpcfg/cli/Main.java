package io.rumpcfg.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/**
 * The command-line entry point; the only place that exits the JVM. It names no picocli type,
 * so that a run on {@link PlanFastPath} loads none.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // The library logs through SLF4J only; the CLI chooses the backend's configuration.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "io/rumpcfg/cli/logback.xml");
        }
        System.exit(run(args, System.in, StdStreams.out(), StdStreams.err()));
    }

    /** Runs {@code args}: {@code plan FILE} on its fast path, everything else through picocli. */
    static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        if (PlanFastPath.applies(args)) {
            return PlanFastPath.run(args[1], stdin, out, err);
        }
        return CommandTree.execute(args, stdin, out, err);
    }
}
