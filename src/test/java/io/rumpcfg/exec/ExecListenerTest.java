package io.rumpcfg.exec;

import static io.rumpcfg.exec.TestPlans.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.plan.Step;
import io.rumpcfg.testing.FakePlatform;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecListenerTest {
    /** Writes what it hears, prefixed with its name. */
    private static ExecListener recorder(String name, List<String> heard) {
        return new ExecListener() {
            @Override
            public void stepStarting(Step step) {
                heard.add(name + " starting " + step.id());
            }

            @Override
            public void stepApplied(Step step) {
                heard.add(name + " applied " + step.id());
            }
        };
    }

    @Test
    void allPassesEachEventToEveryListenerInOrder() {
        List<String> heard = new ArrayList<>();
        ExecListener both = ExecListener.all(List.of(recorder("a", heard), recorder("b", heard)));

        Executor.create(FakePlatform.builder().build(), ExecOptions.DEFAULTS.withListener(both)).run(plan(kernfs("/kern")));

        assertThat(heard).containsExactly("a starting mount:/kern", "b starting mount:/kern",
                "a applied mount:/kern", "b applied mount:/kern");
    }

    @Test
    void aListenerThrowingWhenAStepIsAppliedFailsThatStepOnly() {
        ExecListener broken = new ExecListener() {
            @Override
            public void stepApplied(Step step) {
                throw new IllegalStateException("listener bug");
            }
        };

        BootReport report = Executor.create(FakePlatform.builder().build(), ExecOptions.DEFAULTS.withListener(broken))
                .run(plan(kernfs("/kern"), kernfs("/proc")));

        assertThat(report.applied()).isEmpty();
        assertThat(report.failed().orElseThrow().cause()).isEqualTo("platform error: java.lang.IllegalStateException: listener bug");
        assertThat(report.notRun()).extracting(Step::id).containsExactly("mount:/proc");
    }
}
