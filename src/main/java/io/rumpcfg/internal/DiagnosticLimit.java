package io.rumpcfg.internal;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for {@link io.rumpcfg.parse.Limits#maxDiagnostics()}: at most that many diagnostics are
 * shown, and one last diagnostic counts the rest (an error if any of them is). A document's
 * diagnostics come from its reader and then its planner; both go under the one limit.
 */
public final class DiagnosticLimit {
    private DiagnosticLimit() {}

    /** The diagnostic that counts {@code suppressed} not shown, an error when {@code error}. */
    public static Diagnostic summary(int suppressed, boolean error, int max) {
        return new Diagnostic(error ? Severity.ERROR : Severity.WARNING, Code.TOO_MANY_DIAGNOSTICS,
                suppressed + (suppressed == 1 ? " more diagnostic" : " more diagnostics")
                        + " not shown, over the limit maxDiagnostics=" + max,
                ElementPath.root(), Position.UNKNOWN);
    }

    /**
     * {@code shown}, already within the limit (perhaps ending in its summary), followed by
     * {@code more} within the same limit.
     */
    public static List<Diagnostic> append(List<Diagnostic> shown, List<Diagnostic> more, int max) {
        if (more.isEmpty()) {
            return shown;
        }
        List<Diagnostic> out = new ArrayList<>(shown);
        int suppressed = 0;
        boolean error = false;
        if (!out.isEmpty() && out.get(out.size() - 1).code() == Code.TOO_MANY_DIAGNOSTICS) {
            Diagnostic last = out.remove(out.size() - 1);
            suppressed = Integer.parseInt(last.message().substring(0, last.message().indexOf(' ')));
            error = last.isError();
        }
        for (Diagnostic d : more) {
            if (suppressed == 0 && out.size() < max) {
                out.add(d);
            } else {
                suppressed++;
                error |= d.isError();
            }
        }
        if (suppressed > 0) {
            out.add(summary(suppressed, error, max));
        }
        return out;
    }
}
