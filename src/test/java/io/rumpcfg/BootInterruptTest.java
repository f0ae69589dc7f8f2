package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.ProgramRun;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.testing.BakedBinary;
import io.rumpcfg.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Interrupting the thread that runs {@link Rumpcfg#boot}: a prompt FAILED report, every program
 * killed, the interrupt status kept.
 */
@Timeout(30)
class BootInterruptTest {
    /** Counted down by each server as it starts; set by each test to how many it starts. */
    private CountDownLatch serving;
    /**
     * Counted down by a server when it is killed. The boot kills its programs and returns
     * without waiting for them to end, so a server may see its kill just after the report.
     */
    private final CountDownLatch killed = new CountDownLatch(1);

    /** Serves for 20 s unless killed (interrupted, on the fake); says when it has started. */
    private final BakedBinary server = (argv, env, stdin, stdout) -> {
        serving.countDown();
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(20));
            return 0;
        } catch (InterruptedException e) {
            killed.countDown();
            return 137;
        }
    };

    private record Booted(BootReport report, boolean interruptedAfter, long millis) {}

    /** Boots {@code config} on a new thread, interrupts it once its {@code servers} have started. */
    private Booted bootAndInterrupt(String config, int servers) throws Exception {
        serving = new CountDownLatch(servers);
        FakePlatform platform = FakePlatform.builder().bin("server", server).echoBin("echo").build();
        AtomicReference<Booted> result = new AtomicReference<>();
        Thread boot = new Thread(() -> {
            long start = System.nanoTime();
            BootReport report = Rumpcfg.boot(config.getBytes(StandardCharsets.UTF_8), platform, BootSettings.DEFAULTS);
            result.set(new Booted(report, Thread.currentThread().isInterrupted(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
        });
        boot.start();
        assertThat(serving.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100); // into the wait
        boot.interrupt();
        boot.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(boot.isAlive()).as("boot returned").isFalse();
        return result.get();
    }

    @Test
    void interruptedWhileABackgroundProgramRunsTheBootFailsAndKillsIt() throws Exception {
        Booted booted = bootAndInterrupt("{\"rc\": [{\"bin\": \"server\", \"runmode\": \"&\"}]}", 1);

        BootReport report = booted.report();
        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.FAILED);
        assertThat(report.failed().orElseThrow().id()).isEqualTo("rc:0");
        assertThat(report.failed().orElseThrow().errno()).contains(Errno.EINTR);
        assertThat(report.stepLines()).containsExactly(
                "FAILED rc:0 (rc[0], line 1): EINTR: interrupted while waiting for server to exit; every program still running was killed");
        assertThat(killed.await(5, TimeUnit.SECONDS)).as("the server was killed").isTrue();
        assertThat(booted.interruptedAfter()).as("interrupt status kept").isTrue();
        assertThat(booted.millis()).isLessThan(5000);
    }

    @Test
    void interruptedWhileAForegroundProgramRunsItsStepFailsAndTheRestIsNotRun() throws Exception {
        Booted booted = bootAndInterrupt("{\"rc\": [{\"bin\": \"server\", \"runmode\": \"&\"},"
                + " {\"bin\": \"server\"}, {\"bin\": \"echo\"}]}", 2);

        BootReport report = booted.report();
        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.FAILED);
        assertThat(report.stepLines()).containsExactly("applied rc:0",
                "FAILED rc:1 (rc[1], line 1): EINTR: stopped: the boot's thread was interrupted; server was killed",
                "not run rc:2");
        assertThat(report.programs()).extracting(ProgramRun::stepId).containsExactly("rc:0", "rc:1");
        assertThat(booted.interruptedAfter()).isTrue();
        assertThat(booted.millis()).isLessThan(5000);
    }

    @Test
    void aBootStartedWithTheInterruptSetFailsItsFirstStepAndKeepsTheStatus() {
        FakePlatform platform = FakePlatform.builder().echoBin("echo").build();
        Thread.currentThread().interrupt();
        try {
            BootReport report = Rumpcfg.boot("{\"hostname\": \"h\", \"rc\": [{\"bin\": \"echo\"}]}".getBytes(StandardCharsets.UTF_8),
                    platform, BootSettings.DEFAULTS);

            assertThat(report.stepLines()).containsExactly(
                    "FAILED hostname (hostname, line 1): EINTR: interrupted before this step began", "not run rc:0");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(platform.sysctls()).isEmpty();
        } finally {
            Thread.interrupted();
        }
    }
}
