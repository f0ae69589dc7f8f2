package io.rumpcfg.exec;

import static io.rumpcfg.exec.TestPlans.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A {@link BootReport} cannot contradict itself: its outcome follows from what it holds. */
class BootReportConsistencyTest {
    private static final Diagnostic ERROR = Diagnostic.error(Code.SYNTAX, Origin.SYNTHETIC, "bad");
    private static final Diagnostic WARNING = Diagnostic.warning(Code.DEPRECATED, Origin.SYNTHETIC, "odd");

    private final Step first = sysctl("kern.maxfiles", 4096);
    private final Step second = kernfs("/kern");
    private final StepFailure failure = new StepFailure(second, "EIO: no", Optional.of(Errno.EIO), OptionalInt.empty());

    @Test
    void noWitherCanDropTheErrorsThatRejectedABoot() {
        BootReport rejected = BootReport.rejected(List.of(ERROR));

        assertThat(rejected.withSource("s", io.rumpcfg.source.BootOptions.none()).outcome())
                .isEqualTo(BootReport.Outcome.REJECTED);
        for (Method m : BootReport.class.getMethods()) {
            assertThat(m.getName()).as("a wither that replaces the diagnostics").isNotEqualTo("withDiagnostics");
        }
    }

    @Test
    void aRejectionNeedsAnError() {
        assertThatIllegalArgumentException().isThrownBy(() -> BootReport.rejected(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> BootReport.rejected(List.of(WARNING)));
    }

    @Test
    void aReportWithAnErrorAppliedNothing() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new BootReport(List.of(ERROR), List.of(first), Optional.empty(), List.of(), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new BootReport(List.of(ERROR), List.of(), Optional.of(failure), List.of(), List.of()));
    }

    @Test
    void stepsAreNotRunOnlyAfterAFailure() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new BootReport(List.of(), List.of(first), Optional.empty(), List.of(second), List.of()));
    }

    @Test
    void aStepIsInOneListOnly() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new BootReport(List.of(), List.of(first, second), Optional.of(failure), List.of(), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new BootReport(List.of(), List.of(), Optional.of(failure), List.of(first, first), List.of()));
    }

    @Test
    void aProgramWasStartedByAnAppliedOrTheFailedStep() {
        Step rc = rc(0, "app", RunMode.WAIT);
        ProgramRun run = new ProgramRun("rc:0", "app", List.of("app"), "/", RunMode.WAIT, OptionalInt.of(0), Optional.empty());

        assertThat(new BootReport(List.of(WARNING), List.of(first, rc), Optional.empty(), List.of(), List.of(run)).outcome())
                .isEqualTo(BootReport.Outcome.SUCCEEDED);
        assertThatIllegalArgumentException().isThrownBy(() ->
                new BootReport(List.of(), List.of(first), Optional.of(failure), List.of(rc), List.of(run)));
    }

    @Test
    void aFailureHasAnErrnoOrAnExitStatusNotBoth() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new StepFailure(second, "EIO: no", Optional.of(Errno.EIO), OptionalInt.of(1)));
    }

    @Test
    void aProgramWithoutAnExitStatusSaysWhy() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ProgramRun("rc:0", "app", List.of("app"), "/", RunMode.WAIT, OptionalInt.empty(), Optional.empty()));
    }
}
