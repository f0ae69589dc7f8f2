package io.rumpcfg.plan;

import io.rumpcfg.model.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The plan when the configuration can be planned, and the planner's own diagnostics. */
public record PlanResult(Optional<Plan> plan, List<Diagnostic> diagnostics) {
    public PlanResult {
        Objects.requireNonNull(plan, "plan");
        diagnostics = List.copyOf(diagnostics);
    }
}
