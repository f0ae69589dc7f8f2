package io.rumpcfg.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Runs the CLI in-process, by the path main takes, with captured streams. */
final class Cli {
    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {}

    private Cli() {}

    static Run run(String... args) {
        return runWithStdin("", args);
    }

    static Run runWithStdin(String stdin, String... args) {
        return run(stdin, Optional.empty(), args);
    }

    /** A run in a terminal {@code columns} wide, as the environment variable COLUMNS says. */
    static Run runWithColumns(String columns, String... args) {
        return run("", Optional.ofNullable(columns), args);
    }

    /** A run whose standard output is {@code out}; what it printed there is not kept. */
    static Run runPrintingTo(Writer out, String... args) {
        StringWriter err = new StringWriter();
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true),
                Optional.empty());
        int exit = CommandTree.execute(args, io);
        return new Run(exit, "", err.toString());
    }

    private static Run run(String stdin, Optional<String> columns, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // Whatever the terminal running the tests: without COLUMNS, as through a pipe.
        Io io = new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(err, true), columns);
        int exit = CommandTree.execute(args, io);
        return new Run(exit, out.toString(), err.toString());
    }
}
