package io.rumpcfg.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ordered effects of a configuration: a topological order of the steps' dependencies.
 * An immutable value: equal when its steps, dependencies and notes are.
 *
 * <p>Each program step {@code rc:<n>} waits for {@code rc:<n-1>} and for the mount holding
 * its workdir; {@code rc:0} also waits for every configuration step that no other
 * configuration step waits for. Every configuration step is thus before every program, while
 * the edge list stays linear in the number of steps.
 *
 * <p>A plan from the {@link Planner} spells its dependencies (ids and reasons in words) when
 * they are first read: applying a plan at boot reads only {@link #steps()}.
 */
public final class Plan {
    /** The note of a plan whose configuration has no rc and whose baked binaries are unknown. */
    public static final String NOTE_UNLISTED_PROGRAMS =
            "no rc: every baked binary runs in bake order; pass --bins to list them";

    private final List<Step> steps;
    private final List<String> notes;
    /** The planner's graph, while {@link #after} is not spelled yet; absent for a plan given its map. */
    private final AppliedGraph unspelled;
    /** Spelled on first read; two threads racing for it may each spell it, to equal maps. */
    private volatile Map<String, List<Dependency>> after;

    /**
     * A plan of {@code steps} in that order.
     *
     * @param steps the steps in the order they are applied
     * @param after for each step id, the steps it directly waits for, each with its reason; a
     *              step that waits for nothing may be absent
     * @param notes what a reader of the plan should know that no step shows, such as programs
     *              that will run but cannot be listed
     */
    public Plan(List<Step> steps, Map<String, List<Dependency>> after, List<String> notes) {
        this.steps = List.copyOf(steps);
        Objects.requireNonNull(after, "after");
        Map<String, List<Dependency>> copy = new HashMap<>();
        after.forEach((id, deps) -> copy.put(id, List.copyOf(deps)));
        this.after = Map.copyOf(copy);
        this.notes = List.copyOf(notes);
        this.unspelled = null;
    }

    /** A plan with nothing to note. */
    public Plan(List<Step> steps, Map<String, List<Dependency>> after) {
        this(steps, after, List.of());
    }

    /** The planner's plan: {@code graph}'s steps in its applied order. */
    Plan(AppliedGraph graph, List<String> notes) {
        this.steps = graph.steps();
        this.unspelled = graph;
        this.notes = notes;
    }

    /** The steps in the order they are applied. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * For each step id, the steps it directly waits for, each with its reason, in applied
     * order; a step that waits for nothing may be absent. Unmodifiable.
     */
    public Map<String, List<Dependency>> after() {
        Map<String, List<Dependency>> spelled = after;
        if (spelled == null) {
            spelled = unspelled.spell();
            after = spelled;
        }
        return spelled;
    }

    /**
     * What a reader of the plan should know that no step shows, such as programs that will
     * run but cannot be listed.
     */
    public List<String> notes() {
        return notes;
    }

    /** The direct dependencies of {@code step}; empty when it waits for nothing. */
    public List<Dependency> dependenciesOf(Step step) {
        return after().getOrDefault(step.id(), List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Plan && steps.equals(((Plan) o).steps)
                && after().equals(((Plan) o).after()) && notes.equals(((Plan) o).notes);
    }

    @Override
    public int hashCode() {
        return (31 * steps.hashCode() + after().hashCode()) * 31 + notes.hashCode();
    }

    @Override
    public String toString() {
        return "Plan[steps=" + steps + ", after=" + after() + ", notes=" + notes + "]";
    }
}
