package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rumpcfg run --platform process} in a JVM of its own, where the test needs what only a
 * whole JVM has: a small heap, or a signal to the JVM alone.
 */
class ProcessRunJvmTest {
    private static final Path SH = Path.of("/bin/sh");
    /** Long enough for a cold JVM on a loaded machine; every wait below is bounded by it. */
    private static final long RUN_SECONDS = 60;

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void hostHasASh() {
        assumeTrue(Files.isExecutable(SH), SH + " is needed");
    }

    @AfterEach
    void stopWhatIsLeft() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** What a finished CLI JVM printed and returned. */
    record Jvm(int exitCode, String out, String err) {}

    /** Starts the CLI in a new JVM with {@code heap}, stdout and stderr to files in {@link #dir}. */
    private Process start(String heap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile())
                .start();
        started.add(p);
        p.getOutputStream().close();
        return p;
    }

    private Jvm await(Process p) throws Exception {
        assertThat(p.waitFor(RUN_SECONDS, TimeUnit.SECONDS)).as("the CLI ended within %d s", RUN_SECONDS).isTrue();
        return new Jvm(p.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
    }

    private Path config(String json) throws IOException {
        Path config = dir.resolve("config.json");
        Files.writeString(config, json);
        Files.createDirectories(dir.resolve("root"));
        return config;
    }

    @Test
    @Timeout(120)
    void aProgramWritingHundredsOfMegabytesRunsInASmallHeap() throws Exception {
        Path config = config("{\"rc\":[{\"bin\":\"sh\",\"argv\":[\"sh\",\"-c\","
                + "\"head -c 268435456 /dev/zero; echo done >&2\"]}]}");

        Jvm run = await(start("32m", "run", "--platform", "process", "--root", dir.resolve("root").toString(),
                "--bin-path", "sh=" + SH, config.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("applied rc:0\n")
                .contains("    (stdout: the first " + (268435456 - 65536) + " bytes dropped; the last 64 KiB kept)\n");
    }
}
