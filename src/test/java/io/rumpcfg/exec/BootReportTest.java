package io.rumpcfg.exec;

import static io.rumpcfg.exec.TestPlans.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BootReportTest {
    @Test
    void stepLinesListAppliedThenFailedThenNotRun() {
        Step first = sysctl("kern.maxfiles", 4096);
        Step second = kernfs("/kern");
        Step third = gateway("10.0.0.1");
        StepFailure failure = new StepFailure(second, "EIO: disk on fire", Optional.of(Errno.EIO), OptionalInt.empty());

        BootReport report = new BootReport(List.of(), List.of(first), Optional.of(failure), List.of(third), List.of());

        assertThat(report.stepLines()).containsExactly(
                "applied sysctl:kern.maxfiles",
                "FAILED mount:/kern (mount[\"/kern\"], line " + second.origin().line() + "): EIO: disk on fire",
                "not run net.gw:inet");
        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.FAILED);
    }

    @Test
    void failureOfASyntheticStepNamesOnlyTheId() {
        Step baked = new Step.StartProgram(0, RcEntry.baked("app"));

        StepFailure failure = new StepFailure(baked, "app exited with status 1", Optional.empty(), OptionalInt.of(1));

        assertThat(failure.describe()).isEqualTo("rc:0: app exited with status 1");
        assertThat(failure.line()).isZero();
    }

    @Test
    void programRunSucceedsOnlyWithStatusZero() {
        ProgramRun ok = new ProgramRun("rc:0", "a", List.of("a"), "/", RunMode.WAIT, OptionalInt.of(0), Optional.empty());
        ProgramRun bad = new ProgramRun("rc:1", "b", List.of("b"), "/", RunMode.WAIT, OptionalInt.of(2), Optional.empty());
        ProgramRun lost = new ProgramRun("rc:2", "c", List.of("c"), "/", RunMode.PIPE, OptionalInt.empty(), Optional.of("ECHILD"));

        assertThat(List.of(ok, bad, lost)).extracting(ProgramRun::succeeded).containsExactly(true, false, false);
    }
}
