package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rumpcfg.source.xen.FakeXenstored;
import io.rumpcfg.source.xen.StalledXenstored;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XenWriteCommandTest {
    private static final String KEY = "/local/domain/7/rumprun/cfg";

    @TempDir
    Path dir;

    @Test
    void writesTheConfigBytesUnchanged() throws IOException {
        String config = "{\"env\": {\"Q\": \"a\\\"b\\\\c\"}}";
        Path file = Files.writeString(dir.resolve("c.json"), config);
        try (FakeXenstored xenstored = FakeXenstored.start(dir)) {
            Cli.Run run = Cli.run("xen-write", "--domid", "7", "--xenstore-socket", xenstored.socket().toString(),
                    file.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(new String(xenstored.get(KEY), StandardCharsets.UTF_8)).isEqualTo(config);
        }
    }

    @Test
    void invalidConfigIsNotWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"hostname\": 1}");
        try (FakeXenstored xenstored = FakeXenstored.start(dir)) {
            Cli.Run run = Cli.run("xen-write", "--domid", "7", "--xenstore-socket", xenstored.socket().toString(),
                    file.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("error: hostname:");
            assertThat(xenstored.get(KEY)).isNull();
        }
    }

    @Test
    void configOverThePayloadLimitIsRefusedNamingLimitAndSize() throws IOException {
        StringBuilder env = new StringBuilder("{\"env\": {");
        for (int i = 0; i < 60; i++) {
            env.append(i == 0 ? "" : ", ").append("\"VAR").append(i).append("\": \"").append("x".repeat(60)).append('"');
        }
        Path file = Files.writeString(dir.resolve("big.json"), env.append("}}").toString());
        try (FakeXenstored xenstored = FakeXenstored.start(dir)) {
            Cli.Run run = Cli.run("xen-write", "--domid", "7", "--xenstore-socket", xenstored.socket().toString(),
                    file.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("4096 bytes").contains("payload");
            assertThat(xenstored.get(KEY)).isNull();
        }
    }

    @Test
    void unreachableXenstoreIsExitFour() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "{}");

        Cli.Run run = Cli.run("xen-write", "--domid", "7", "--xenstore-socket", dir.resolve("none").toString(),
                file.toString());

        assertThat(run.exitCode()).isEqualTo(4);
    }

    @Test
    void aXenstoredThatNeverAcceptsIsExitFourAfterTheXenstoreTimeout() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "{}");
        try (StalledXenstored stalled = StalledXenstored.start(dir.resolve("stalled.sock"))) {
            Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("xen-write", "--domid", "7",
                    "--xenstore-socket", stalled.socket().toString(), "--xenstore-timeout", "300ms", file.toString()));

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err()).isEqualTo(file + ": error: writing " + KEY + ": cannot connect to xenstore at "
                    + stalled.socket() + ": no connection within 300 ms\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0", "-1s", "1.5s", "61m", "2h", "9999999999ms"})
    void aTimeoutThatIsNotAPositiveDurationOfAtMostAnHourIsAUsageError(String timeout) {
        Cli.Run run = Cli.run("xen-write", "--domid", "7", "--xenstore-timeout", timeout, "c.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--xenstore-timeout");
    }

    @Test
    void domidIsRequired() {
        assertThat(Cli.run("xen-write", "x.json").exitCode()).isEqualTo(2);
    }
}
