package io.rumpcfg.testing;

import io.rumpcfg.plan.Dependency;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
import java.util.List;
import java.util.Optional;

/** Assertions over the plan of a valid configuration; steps are named by their ids ({@code mount:/data}). */
public final class PlanAssert {
    private final ConfigAssert config;
    private final Plan plan;

    PlanAssert(ConfigAssert config, Plan plan) {
        this.config = config;
        this.plan = plan;
    }

    /** The plan itself. */
    public Plan plan() {
        return plan;
    }

    /** The step ids in plan order. */
    public List<String> stepIds() {
        return plan.steps().stream().map(Step::id).toList();
    }

    /** Fails unless the plan's steps are exactly {@code ids}, in this order. */
    public PlanAssert hasStepIds(String... ids) {
        List<String> expected = List.of(ids);
        if (!stepIds().equals(expected)) {
            throw Failures.fail("expected the plan's steps, in order", expected, stepIds());
        }
        return this;
    }

    /** Fails unless the plan has a step {@code id}. */
    public PlanAssert hasStep(String id) {
        indexOf(id);
        return this;
    }

    /** Fails if the plan has a step {@code id}. */
    public PlanAssert hasNoStep(String id) {
        if (stepIds().contains(id)) {
            throw Failures.fail("expected no step " + id, "no " + id, stepIds());
        }
        return this;
    }

    /** Fails unless both steps are in the plan and {@code first} comes before {@code second}. */
    public PlanAssert hasStepBefore(String first, String second) {
        int a = indexOf(first);
        int b = indexOf(second);
        if (a >= b) {
            throw Failures.fail("expected " + first + " before " + second, first + " before " + second, stepIds());
        }
        return this;
    }

    /**
     * Fails unless step {@code id} directly waits for step {@code waitsFor} (an edge of the
     * plan, not merely an earlier position).
     */
    public PlanAssert hasStepWaitingFor(String id, String waitsFor) {
        dependency(id, waitsFor);
        return this;
    }

    /** Like {@link #hasStepWaitingFor}, and the edge's reason contains {@code because}. */
    public PlanAssert hasStepWaitingFor(String id, String waitsFor, String because) {
        Dependency d = dependency(id, waitsFor);
        if (!d.because().contains(because)) {
            throw Failures.fail("expected " + id + " to wait for " + waitsFor + " because of \"" + because + "\"",
                    because, d.because());
        }
        return this;
    }

    /** Back to the configuration, for more assertions. */
    public ConfigAssert and() {
        return config;
    }

    private Dependency dependency(String id, String waitsFor) {
        Step step = plan.steps().get(indexOf(id));
        List<Dependency> deps = plan.dependenciesOf(step);
        Optional<Dependency> found = deps.stream().filter(d -> d.stepId().equals(waitsFor)).findFirst();
        if (found.isEmpty()) {
            throw Failures.fail("expected " + id + " to wait for " + waitsFor, waitsFor,
                    deps.stream().map(d -> d.stepId() + " (" + d.because() + ")").toList());
        }
        return found.get();
    }

    private int indexOf(String id) {
        int i = stepIds().indexOf(id);
        if (i < 0) {
            throw Failures.fail("expected a step " + id, id, stepIds());
        }
        return i;
    }
}
