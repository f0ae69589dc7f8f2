package io.rumpcfg.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rumpcfg.internal.DiagnosticJson;
import io.rumpcfg.internal.JsonStyle;
import io.rumpcfg.model.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code --format json} of validate: JSON Lines, one diagnostic a line as {@link DiagnosticJson}
 * writes it, printed as each configuration is read; nothing for a configuration without one.
 */
final class JsonLinesReport extends DiagnosticReport {
    private final PrintWriter out;

    JsonLinesReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    void add(String name, Optional<Path> file, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            try (JsonGenerator json = JsonStyle.line(out)) {
                DiagnosticJson.write(json, name, d);
            } catch (IOException e) {
                throw new UncheckedIOException("a PrintWriter does not throw", e);
            }
            out.write('\n');
        }
    }

    @Override
    void finish() {
        out.flush();
    }
}
