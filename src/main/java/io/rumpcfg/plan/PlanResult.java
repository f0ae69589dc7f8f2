package io.rumpcfg.plan;

import io.rumpcfg.model.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan when the configuration can be planned, and the planner's own diagnostics.
 *
 * @param plan        the plan, or empty when a diagnostic is an error
 * @param diagnostics what the planner found, such as a dependency cycle or an address on two
 *                    interfaces; the parser's diagnostics are not repeated here
 */
public record PlanResult(Optional<Plan> plan, List<Diagnostic> diagnostics) {
    /**
     * Makes a result, copying the diagnostics.
     *
     * @throws NullPointerException if any component, or any diagnostic, is null
     */
    public PlanResult {
        Objects.requireNonNull(plan, "plan");
        diagnostics = List.copyOf(diagnostics);
    }
}
