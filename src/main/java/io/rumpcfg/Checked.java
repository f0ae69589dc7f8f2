package io.rumpcfg;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.plan.Plan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document read, validated and planned: the plan is present exactly when the document is
 * valid. Diagnostics hold the reader's and the planner's, warnings included.
 *
 * <p>The constructor keeps the three consistent, and throws {@link IllegalArgumentException}
 * for a value that would contradict itself: a plan with an error diagnostic, a plan without
 * the configuration it was made from, or neither a plan nor an error to say why not.
 *
 * <p>Immutable and safe to share between threads. No component is null; the constructor
 * throws {@link NullPointerException} for a null argument.
 *
 * @param config      the configuration read, when the document could be read
 * @param plan        the plan, when the document is valid
 * @param diagnostics every diagnostic; as {@link Rumpcfg#check} gives them, the reader's and the planner's
 *                    together in document order: those without a place first, then by line and column
 */
public record Checked(Optional<Config> config, Optional<Plan> plan, List<Diagnostic> diagnostics) {
    /**
     * Checks that the result is one a check can give: a plan exactly when no diagnostic is an
     * error, and never a plan without a configuration.
     *
     * @throws IllegalArgumentException when its parts contradict each other
     */
    public Checked {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(plan, "plan");
        diagnostics = List.copyOf(diagnostics);
        boolean error = Diagnostic.anyError(diagnostics);
        if (plan.isPresent() && error) {
            throw new IllegalArgumentException("a document with an error diagnostic has no plan");
        }
        if (plan.isPresent() && config.isEmpty()) {
            throw new IllegalArgumentException("a plan is made from a configuration");
        }
        if (plan.isEmpty() && !error) {
            throw new IllegalArgumentException("a document without a plan has an error diagnostic saying why");
        }
    }

    /** Whether the document is valid: it has a plan, and no error diagnostic. */
    public boolean isValid() {
        return plan.isPresent();
    }
}
