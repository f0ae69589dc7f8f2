package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static io.rumpcfg.plan.Plans.planOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanTest {

    private final Plan planned = planOf(config()
            .blkMount("/data", "/dev/ld0a")
            .tmpfs("/data/cache")
            .env("HOME", "/")
            .rc("app")
            .build());

    @Test
    void aPlannedPlanIsEqualToThePlanGivenTheSameStepsDependenciesAndNotes() {
        Plan given = new Plan(planned.steps(), planned.after(), planned.notes());

        assertThat(given).isEqualTo(planned);
        assertThat(planned).isEqualTo(given);
        assertThat(given.hashCode()).isEqualTo(planned.hashCode());
    }

    @Test
    void aPlanDiffersFromOneWithOtherDependencies() {
        Plan other = new Plan(planned.steps(), Map.of("rc:0", List.of(new Dependency("env:HOME", "because"))),
                planned.notes());

        assertThat(other).isNotEqualTo(planned);
    }

    @Test
    void theDependenciesReadAreTheSameValueEachTimeAndUnmodifiable() {
        Map<String, List<Dependency>> first = planned.after();

        assertThat(planned.after()).isSameAs(first);
        assertThat(first.get("mount:/data/cache"))
                .containsExactly(new Dependency("mount:/data", "/data/cache is beneath /data"));
        assertThatThrownBy(() -> first.put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theRecordStyleTextNamesEachPart() {
        Plan plan = new Plan(List.of(), Map.of(), List.of("a note"));

        assertThat(plan.toString()).isEqualTo("Plan[steps=[], after={}, notes=[a note]]");
    }
}
