package io.rumpcfg.internal;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one order diagnostics are reported in: those without a place in the document (about
 * the source, or the document as a whole) first, then the others in document order, by line
 * and column; diagnostics at one place keep the order they were found in; the count of those
 * left out ({@link DiagnosticLimit}) last. Readers and the planner find problems in the order
 * their rules run, which is not the order a user reads the document in.
 */
public final class DiagnosticOrder {
    /** A class, not a lambda: every command runs this, and linking a lambda costs start-up time. */
    private static final class Order implements Comparator<Diagnostic> {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int byRank = Integer.compare(rank(a), rank(b));
            if (byRank != 0) {
                return byRank;
            }
            int byLine = Integer.compare(a.position().line(), b.position().line());
            return byLine != 0 ? byLine : Integer.compare(a.position().column(), b.position().column());
        }
    }

    private static final Comparator<Diagnostic> ORDER = new Order();

    private DiagnosticOrder() {}

    /** {@code diagnostics} in the order above: a new list when it was not in it already. */
    public static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        for (int i = 1; i < diagnostics.size(); i++) {
            if (ORDER.compare(diagnostics.get(i - 1), diagnostics.get(i)) > 0) {
                List<Diagnostic> out = new ArrayList<>(diagnostics);
                out.sort(ORDER); // stable: one place keeps the order found
                return out;
            }
        }
        return diagnostics;
    }

    private static int rank(Diagnostic d) {
        if (d.code() == Code.TOO_MANY_DIAGNOSTICS) {
            return 2;
        }
        return d.position().isKnown() ? 1 : 0;
    }
}
