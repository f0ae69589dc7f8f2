package io.rumpcfg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** How validate prints diagnostics: its {@code --format}. */
enum ReportFormat {
    /** {@code FILE:LINE:COL: error: PATH: message} lines on standard error. */
    TEXT,
    /** JSON Lines on standard output: one object a diagnostic. */
    JSON,
    /** One SARIF 2.1.0 log on standard output. */
    SARIF;

    DiagnosticReport report(PrintWriter out, PrintWriter err) {
        return switch (this) {
            case TEXT -> DiagnosticReport.text(err);
            case JSON -> new JsonLinesReport(out);
            case SARIF -> new SarifReport(out, Version.version(), Path.of("").toAbsolutePath());
        };
    }
}
