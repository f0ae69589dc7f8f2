package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.ProgramRun;
import io.rumpcfg.model.Code;
import io.rumpcfg.platform.ForwardingPlatform;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.SpawnRequest;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.cmdline.CmdlineSource;
import io.rumpcfg.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The one rule for exceptions: nothing a platform, a program or a source throws escapes
 * {@link Rumpcfg#boot}; before anything is applied it rejects the boot, in a step it fails it.
 */
@Timeout(30)
class BootNeverThrowsTest {
    private static final byte[] ONE_PROGRAM = "{\"rc\": [{\"bin\": \"a\"}]}".getBytes(StandardCharsets.UTF_8);

    private static FakePlatform fake() {
        return FakePlatform.withEchoBins(List.of("a"));
    }

    /** Throws an exception no method declares, as a bug or Lombok's @SneakyThrows does. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> void sneakyThrow(Exception e) throws E {
        throw (E) e;
    }

    @Test
    void bakedBinariesThrowingUncheckedRejectsTheBoot() {
        Platform platform = new ForwardingPlatform(fake()) {
            @Override
            public List<String> bakedBinaries() {
                throw new IllegalStateException("bins table not ready");
            }
        };

        BootReport report = Rumpcfg.boot(ONE_PROGRAM, platform, BootSettings.DEFAULTS);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(report.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.BOOT_PLATFORM_BINS);
            assertThat(d.message()).isEqualTo("cannot ask the platform for its baked binaries: "
                    + "platform error: java.lang.IllegalStateException: bins table not ready");
        });
    }

    @Test
    void aSourceThatThrowsRejectsTheBootUnderItsName() {
        ConfigSource source = new ConfigSource() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public SourceResult read() {
                throw new UnsupportedOperationException("no such bus");
            }
        };

        BootReport report = Rumpcfg.boot(source, fake(), BootSettings.DEFAULTS);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(report.sourceName()).hasValue("broken");
        assertThat(report.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.BOOT_SOURCE_FAILED);
            assertThat(d.message()).isEqualTo(
                    "reading the configuration from broken failed: java.lang.UnsupportedOperationException: no such bus");
        });
    }

    @Test
    void aRootfsMountThrowingWhileTheSourceIsReadRejectsTheBoot() {
        Platform platform = new ForwardingPlatform(fake()) {
            @Override
            public void mount(String fstype, String source, String mountpoint, Map<String, String> options) {
                throw new IllegalStateException("mount bug");
            }
        };

        BootReport report = Rumpcfg.boot(new CmdlineSource("_RUMPRUN_ROOTFSCFG=/etc/guest.json", Optional.of(platform)),
                platform, BootSettings.DEFAULTS);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(report.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .endsWith("java.lang.IllegalStateException: mount bug"));
    }

    @Test
    void spawnThrowingUncheckedFailsItsStep() {
        Platform platform = new ForwardingPlatform(fake()) {
            @Override
            public Program spawn(SpawnRequest request) {
                throw new IllegalStateException("spawn bug");
            }
        };

        BootReport report = Rumpcfg.boot(ONE_PROGRAM, platform, BootSettings.DEFAULTS);

        assertThat(report.stepLines()).containsExactly(
                "FAILED rc:0 (rc[0], line 1): platform error: java.lang.IllegalStateException: spawn bug");
    }

    @Test
    void aStepCallThrowingACheckedExceptionItDoesNotDeclareFailsItsStep() {
        Platform platform = new ForwardingPlatform(fake()) {
            @Override
            public void sysctl(String key, String value) {
                sneakyThrow(new java.io.IOException("control plane gone"));
            }
        };

        BootReport report = Rumpcfg.boot("{\"hostname\": \"h\", \"rc\": []}".getBytes(StandardCharsets.UTF_8), platform, BootSettings.DEFAULTS);

        assertThat(report.stepLines()).containsExactly(
                "FAILED hostname (hostname, line 1): platform error: java.io.IOException: control plane gone");
    }

    @Test
    void waitForThrowingUncheckedFailsTheForegroundProgramsStep() {
        Platform platform = new ForwardingPlatform(fake()) {
            @Override
            public Program spawn(SpawnRequest request) throws PlatformException {
                Program program = delegate().spawn(request);
                return () -> {
                    program.waitFor();
                    throw new IllegalStateException("lost the child");
                };
            }
        };

        BootReport report = Rumpcfg.boot(ONE_PROGRAM, platform, BootSettings.DEFAULTS);

        assertThat(report.stepLines()).containsExactly(
                "FAILED rc:0 (rc[0], line 1): platform error: java.lang.IllegalStateException: lost the child");
        assertThat(report.programs()).singleElement().satisfies(p -> assertThat(p.problem())
                .hasValue("platform error: java.lang.IllegalStateException: lost the child"));
    }

    @Test
    void killThrowingUncheckedIsNotedOnTheProgram() {
        Platform platform = new ForwardingPlatform(fake()) {
            @Override
            public Program spawn(SpawnRequest request) throws PlatformException {
                Program program = delegate().spawn(request);
                return new Program() {
                    @Override
                    public int waitFor() throws PlatformException, InterruptedException {
                        return program.waitFor();
                    }

                    @Override
                    public void kill() {
                        throw new IllegalStateException("no such pid");
                    }
                };
            }
        };

        BootReport report = Rumpcfg.boot(ONE_PROGRAM, platform, BootSettings.DEFAULTS);

        assertThat(report.stepLines()).containsExactly("applied rc:0");
        assertThat(report.programs()).singleElement().satisfies(p -> {
            assertThat(p.exitCode()).hasValue(0);
            assertThat(p.problem()).hasValue("kill failed: platform error: java.lang.IllegalStateException: no such pid");
        });
        assertThat(report.programs()).extracting(ProgramRun::bin).containsExactly("a");
    }
}
