package io.rumpcfg.cli;

import io.rumpcfg.model.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the diagnostics of the configurations a command reads go, in the format its
 * {@code --format} chose: text lines on standard error ({@link #text}), one JSON object a line
 * ({@link JsonLinesReport}) or a SARIF log ({@link SarifReport}) on standard output, or held for
 * the JSON plan ({@link Held}).
 */
abstract class DiagnosticReport {
    /**
     * The diagnostics of the configuration read from the source {@code name}, in the order they
     * are shown; called again for the same source when more are found.
     *
     * @param file the configuration file, when the source is one
     */
    abstract void add(String name, Optional<Path> file, List<Diagnostic> diagnostics);

    /** After the last configuration: writes what was held back and flushes. */
    abstract void finish();

    /** {@code FILE:LINE:COL: error: PATH: message} lines on {@code err}, as each configuration is read. */
    static DiagnosticReport text(PrintWriter err) {
        return new Text(err);
    }

    private static final class Text extends DiagnosticReport {
        private final PrintWriter err;

        Text(PrintWriter err) {
            this.err = err;
        }

        @Override
        void add(String name, Optional<Path> file, List<Diagnostic> diagnostics) {
            Diagnostics.print(name, diagnostics, err);
        }

        @Override
        void finish() {
            err.flush();
        }
    }

    /** Keeps every diagnostic, for a caller that prints them with something else. */
    static final class Held extends DiagnosticReport {
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        @Override
        void add(String name, Optional<Path> file, List<Diagnostic> more) {
            diagnostics.addAll(more);
        }

        @Override
        void finish() {}

        List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }
}
