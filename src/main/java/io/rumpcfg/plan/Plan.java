package io.rumpcfg.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ordered effects of a configuration: a topological order of the steps' dependencies.
 *
 * <p>Each program step {@code rc:<n>} waits for {@code rc:<n-1>} and for the mount holding
 * its workdir; {@code rc:0} also waits for every configuration step that no other
 * configuration step waits for. Every configuration step is thus before every program, while
 * the edge list stays linear in the number of steps.
 *
 * @param steps the steps in the order they are applied
 * @param after for each step id, the steps it directly waits for, each with its reason; a
 *              step that waits for nothing may be absent
 * @param notes what a reader of the plan should know that no step shows, such as programs
 *              that will run but cannot be listed
 */
public record Plan(List<Step> steps, Map<String, List<Dependency>> after, List<String> notes) {
    /** The note of a plan whose configuration has no rc and whose baked binaries are unknown. */
    public static final String NOTE_UNLISTED_PROGRAMS =
            "no rc: every baked binary runs in bake order; pass --bins to list them";

    public Plan {
        steps = List.copyOf(steps);
        Objects.requireNonNull(after, "after");
        Map<String, List<Dependency>> copy = new LinkedHashMap<>();
        after.forEach((id, deps) -> copy.put(id, List.copyOf(deps)));
        after = Map.copyOf(copy);
        notes = List.copyOf(notes);
    }

    /** A plan with nothing to note. */
    public Plan(List<Step> steps, Map<String, List<Dependency>> after) {
        this(steps, after, List.of());
    }

    /** The direct dependencies of {@code step}; empty when it waits for nothing. */
    public List<Dependency> dependenciesOf(Step step) {
        return after.getOrDefault(step.id(), List.of());
    }
}
