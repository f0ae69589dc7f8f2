package io.rumpcfg.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.BootSettings;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.testing.BakedBinary;
import io.rumpcfg.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A failed boot stops the programs still running, as a halting guest would, instead of waiting for them. */
class FailedBootKillsTest {
    /** A server: runs until stopped, then exits 0 — so only a kill makes its status non-zero. */
    private static final BakedBinary SERVER = (argv, env, stdin, stdout) -> {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return 143;
            }
        }
        return 0;
    };

    @Test
    @Timeout(15)
    void aBackgroundServerIsStoppedWhenALaterProgramFails() {
        FakePlatform platform = FakePlatform.builder()
                .bin("server", SERVER)
                .bin("migrate", BakedBinary.exiting(2))
                .build();
        byte[] config = "{\"rc\": [{\"bin\": \"server\", \"runmode\": \"&\"}, {\"bin\": \"migrate\"}]}"
                .getBytes(StandardCharsets.UTF_8);

        BootReport report = Rumpcfg.boot(config, platform, BootSettings.DEFAULTS);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.FAILED);
        assertThat(report.programs()).hasSize(2);
        assertThat(report.programs().get(0).exitCode()).hasValue(143);
        assertThat(report.programs().get(1).exitCode()).hasValue(2);
    }

    @Test
    @Timeout(15)
    void aSuccessfulBootWaitsForItsBackgroundPrograms() {
        FakePlatform platform = FakePlatform.builder()
                .bin("worker", (argv, env, stdin, stdout) -> {
                    Thread.sleep(200);
                    return 0;
                })
                .echoBin("main")
                .build();
        byte[] config = "{\"rc\": [{\"bin\": \"worker\", \"runmode\": \"&\"}, {\"bin\": \"main\"}]}"
                .getBytes(StandardCharsets.UTF_8);

        BootReport report = Rumpcfg.boot(config, platform, BootSettings.DEFAULTS);

        assertThat(report.succeeded()).isTrue();
        assertThat(report.programs().get(0).exitCode()).hasValue(0);
    }
}
