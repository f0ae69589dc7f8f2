package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Config;
import java.util.ArrayList;
import java.util.List;

/** Planning shortcuts for tests. */
final class Plans {
    private Plans() {}

    /** The plan of a configuration that must plan without any diagnostic. */
    static Plan planOf(Config config) {
        return planOf(config, PlanOptions.DEFAULTS);
    }

    static Plan planOf(Config config, PlanOptions options) {
        PlanResult result = Planner.plan(config, options);
        assertThat(result.diagnostics()).isEmpty();
        return result.plan().orElseThrow();
    }

    static List<String> ids(Plan plan) {
        List<String> ids = new ArrayList<>();
        for (Step step : plan.steps()) {
            ids.add(step.id());
        }
        return ids;
    }

    /** {@code "id: reason"} for each direct dependency of the step {@code id}. */
    static List<String> after(Plan plan, String id) {
        List<String> out = new ArrayList<>();
        for (Dependency d : plan.after().getOrDefault(id, List.of())) {
            out.add(d.stepId() + ": " + d.because());
        }
        return out;
    }
}
