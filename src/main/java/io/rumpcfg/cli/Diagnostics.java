package io.rumpcfg.cli;

import io.rumpcfg.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics, one rendered line each. */
final class Diagnostics {
    private Diagnostics() {}

    static void print(String sourceName, List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics) {
            err.println(d.render(sourceName));
        }
    }
}
