package io.rumpcfg.cli;

import io.rumpcfg.internal.DiagnosticOrder;
import io.rumpcfg.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics, one rendered line each, in document order ({@link DiagnosticOrder}): every
 * command prints each batch it has (the source's, the document's, a command's own) through here.
 */
final class Diagnostics {
    private Diagnostics() {}

    static void print(String sourceName, List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic d : DiagnosticOrder.sorted(diagnostics)) {
            err.println(d.render(sourceName));
        }
    }
}
