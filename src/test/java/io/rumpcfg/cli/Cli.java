package io.rumpcfg.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the CLI in-process with captured streams, as picocli's own tests do. */
final class Cli {
    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {}

    private Cli() {}

    static Run run(String... args) {
        return runWithStdin("", args);
    }

    static Run runWithStdin(String stdin, String... args) {
        return run(stdin, null, args);
    }

    /** A run in a terminal {@code columns} wide, as the environment variable COLUMNS says. */
    static Run runWithColumns(String columns, String... args) {
        return run("", columns, args);
    }

    private static Run run(String stdin, String columns, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // As main builds it: only the subcommand named, when the arguments start with one.
        CommandLine cli = CommandTree.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
        // Whatever the terminal running the tests: without COLUMNS, as through a pipe.
        ((RumpcfgCommand) cli.getCommand()).columns = columns;
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
