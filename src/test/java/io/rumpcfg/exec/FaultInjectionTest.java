package io.rumpcfg.exec;

import static io.rumpcfg.exec.TestPlans.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.testing.FakePlatform;
import io.rumpcfg.testing.FakePlatformBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A fault in any step: that step is reported failed, those before it applied, those after it not run. */
class FaultInjectionTest {
    /** One step of every kind, in an order the fake platform can apply. */
    private static final Plan PLAN = plan(
            sysctl("kern.maxfiles", 4096),
            env("GREETING", "hello"),
            hostname("web1"),
            etfs("xbd0", "blkfront:xvda"),
            vnd(0, "/images/data.iso"),
            mountBlk("/data", "/dev/xbd0"),
            mountBlk("/cd", "/dev/vnd0a"),
            tmpfs("/tmp", 1L << 20),
            kernfs("/kern"),
            iface("xenif0", true, fixed("10.0.0.2/24"), auto6()),
            gateway("10.0.0.1"),
            gateway("2001:db8::1"),
            dns(List.of("10.0.0.53"), List.of("example.net")),
            nfs("/home", "10.0.0.9", "/export/home", 3, MountSource.Proto.TCP, false),
            rc(0, "producer", RunMode.PIPE),
            rc(1, "consumer", RunMode.WAIT),
            rc(2, "server", RunMode.BACKGROUND),
            rc(3, "client", RunMode.WAIT));

    private static FakePlatformBuilder platform() {
        return FakePlatform.builder()
                .echoBin("producer").echoBin("consumer").echoBin("server").echoBin("client")
                .fileSystemOn("/dev/vnd0a", "cd9660");
    }

    private static BootReport run(FakePlatform fake) {
        return Executor.create(fake, ExecOptions.DEFAULTS.withListener(fake.stepTracker())).run(PLAN);
    }

    static Stream<String> stepIds() {
        return PLAN.steps().stream().map(Step::id);
    }

    @Test
    void withoutFaultsEveryStepApplies() {
        BootReport report = run(platform().build());

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.SUCCEEDED);
        assertThat(report.applied()).isEqualTo(PLAN.steps());
    }

    @ParameterizedTest
    @MethodSource("stepIds")
    void faultInAStepStopsTheBootThere(String stepId) {
        BootReport report = run(platform().failStep(stepId, Errno.EIO).build());

        int at = PLAN.steps().stream().map(Step::id).toList().indexOf(stepId);
        assertThat(report.applied()).isEqualTo(PLAN.steps().subList(0, at));
        StepFailure failure = report.failed().orElseThrow();
        assertThat(failure.step()).isEqualTo(PLAN.steps().get(at));
        assertThat(failure.errno()).contains(Errno.EIO);
        assertThat(failure.cause()).startsWith("EIO: injected fault for step " + stepId + " (at ");
        assertThat(report.notRun()).isEqualTo(PLAN.steps().subList(at + 1, PLAN.steps().size()));
        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.FAILED);
    }

    @Test
    void failureNamesTheStepItsPathAndLine() {
        BootReport report = run(platform().failStep("net.gw:inet6", Errno.ENETUNREACH).build());

        StepFailure failure = report.failed().orElseThrow();
        Step step = failure.step();
        assertThat(failure.describe()).isEqualTo("net.gw:inet6 (net.gateways[0], line " + step.origin().line()
                + "): ENETUNREACH: injected fault for step net.gw:inet6 (at gateway6)");
    }

    @Test
    void callFaultFailsTheFirstStepMakingThatCall() {
        BootReport report = run(platform().failCall("writeFile", Errno.ENOSPC).build());

        assertThat(report.failed()).get().extracting(StepFailure::id).isEqualTo("net.dns");
        assertThat(report.failed().get().cause()).isEqualTo("ENOSPC: injected fault for call writeFile");
    }

    @Test
    void programsStartedBeforeAFailureAreStillWaitedFor() {
        BootReport report = run(platform().failStep("rc:3", Errno.ENOMEM).build());

        assertThat(report.programs()).extracting(ProgramRun::stepId).containsExactly("rc:0", "rc:1", "rc:2");
        assertThat(report.programs()).allSatisfy(p -> assertThat(p.exitCode()).hasValue(0));
    }
}
