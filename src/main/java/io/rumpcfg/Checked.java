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
 */
public record Checked(Optional<Config> config, Optional<Plan> plan, List<Diagnostic> diagnostics) {
    public Checked {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(plan, "plan");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean isValid() {
        return plan.isPresent();
    }
}
