package io.rumpcfg.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ordered effects of a configuration: a topological order of the steps' dependencies.
 *
 * @param steps the steps in the order they are applied
 * @param after for each step id, the steps it directly waits for, each with its reason
 */
public record Plan(List<Step> steps, Map<String, List<Dependency>> after) {
    public Plan {
        steps = List.copyOf(steps);
        Objects.requireNonNull(after, "after");
        after = Map.copyOf(after);
    }

    /** The direct dependencies of {@code step}; empty when it waits for nothing. */
    public List<Dependency> dependenciesOf(Step step) {
        return after.getOrDefault(step.id(), List.of());
    }
}
