package io.rumpcfg.testing;

import io.rumpcfg.model.Diagnostic;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/** How the harness fails: one shape of message, expected and found, for every assertion. */
final class Failures {
    /** The source name diagnostics are rendered with in failure messages. */
    static final String SOURCE = "config";

    private Failures() {}

    static AssertionFailedError fail(String what, Object expected, Object found) {
        return new AssertionFailedError(what + "\n  expected: " + expected + "\n  found:    " + found, expected, found);
    }

    static AssertionFailedError fail(String what) {
        return new AssertionFailedError(what);
    }

    /** Diagnostics as the CLI prints them, one a line, or {@code (none)}. */
    static String render(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "(no diagnostics)";
        }
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append("\n    ").append(d.render(SOURCE)).append("   [").append(d.code()).append(']');
        }
        return out.toString();
    }
}
