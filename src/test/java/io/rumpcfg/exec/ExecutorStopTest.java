package io.rumpcfg.exec;

import static io.rumpcfg.exec.TestPlans.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.RunMode;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.testing.BakedBinary;
import io.rumpcfg.testing.FakePlatform;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Executor#stop} from another thread: the programs killed, the partial report. */
@Timeout(30)
class ExecutorStopTest {
    /** Counted down by each server as it starts: both have, in the first test. */
    private final CountDownLatch serving = new CountDownLatch(2);

    /** Runs until interrupted (killed on the fake), then exits 143; says when it has started. */
    private final BakedBinary server = (argv, env, stdin, stdout) -> {
        serving.countDown();
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(20));
            return 0;
        } catch (InterruptedException e) {
            return 143;
        }
    };

    private static List<String> ids(List<Step> steps) {
        return steps.stream().map(Step::id).toList();
    }

    @Test
    void aStopWhileAForegroundProgramRunsFailsItsStepAndRunsNothingAfter() throws Exception {
        FakePlatform fake = FakePlatform.builder().bin("server", server).echoBin("echo").build();
        Executor executor = Executor.create(fake, ExecOptions.DEFAULTS);
        Plan plan = plan(env("LANG", "C"), rc(1, "server", RunMode.BACKGROUND), rc(2, "server", RunMode.WAIT), rc(3, "echo", RunMode.WAIT));
        Thread stopper = new Thread(() -> {
            try {
                serving.await(); // the second server is being waited for, or about to be
            } catch (InterruptedException e) {
                return;
            }
            executor.stop("the test said so");
        });
        stopper.start();

        BootReport report = executor.run(plan);
        stopper.join();

        assertThat(ids(report.applied())).containsExactly("env:LANG", "rc:1");
        StepFailure failure = report.failed().orElseThrow();
        assertThat(failure.id()).isEqualTo("rc:2");
        assertThat(failure.errno()).contains(Errno.EINTR);
        assertThat(failure.cause()).isEqualTo("EINTR: stopped: the test said so; server was killed");
        assertThat(ids(report.notRun())).containsExactly("rc:3");
        assertThat(report.programs()).extracting(ProgramRun::stepId).containsExactly("rc:1", "rc:2");
        assertThat(report.programs()).allSatisfy(p -> assertThat(p.exitCode()).hasValue(143));
        assertThat(executor.stopReason()).hasValue("the test said so");
        assertThat(executor.stop("again")).isFalse();
    }

    @Test
    void aStopBeforeTheRunFailsItsFirstStep() {
        FakePlatform fake = FakePlatform.builder().echoBin("echo").build();
        Executor executor = Executor.create(fake, ExecOptions.DEFAULTS);

        assertThat(executor.stop("too late already")).isTrue();
        BootReport report = executor.run(plan(env("LANG", "C"), rc(1, "echo", RunMode.WAIT)));

        assertThat(report.applied()).isEmpty();
        assertThat(report.failed().orElseThrow().cause()).isEqualTo("EINTR: stopped before this step began: too late already");
        assertThat(ids(report.notRun())).containsExactly("rc:1");
        assertThat(report.programs()).isEmpty();
        assertThat(fake.programs()).isEmpty();
    }

    @Test
    void aStopAfterTheRunEndedChangesNothing() {
        FakePlatform fake = FakePlatform.builder().echoBin("echo").build();
        Executor executor = Executor.create(fake, ExecOptions.DEFAULTS);

        BootReport report = executor.run(plan(rc(0, "echo", RunMode.WAIT)));

        assertThat(report.succeeded()).isTrue();
        assertThat(executor.stop("after the end")).isFalse();
        assertThat(executor.stopReason()).isEmpty();
    }
}
