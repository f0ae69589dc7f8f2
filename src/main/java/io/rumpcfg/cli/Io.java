package io.rumpcfg.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * What a command reads and prints through: standard input, output and error, and the width of
 * the terminal as the environment's {@code COLUMNS} gives it. Tests hand in their own.
 */
record Io(InputStream stdin, PrintWriter out, PrintWriter err, Optional<String> columns) {
    /** The process's own streams and environment. */
    static Io system() {
        return new Io(System.in, StdStreams.out(), StdStreams.err(), Optional.ofNullable(System.getenv("COLUMNS")));
    }
}
