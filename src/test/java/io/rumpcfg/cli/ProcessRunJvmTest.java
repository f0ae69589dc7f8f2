package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    /** Programs the CLI started, by the PIDs they wrote: after a failed test they may be orphans. */
    private final List<Long> programs = new ArrayList<>();

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
        programs.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
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
        // Shown live too, in lines of at most 64 KiB, before the step's own line
        assertThat(run.out()).startsWith("rc:0| ").contains("\napplied rc:0\n")
                .contains("    (stdout: the first " + (268435456 - 65536) + " bytes dropped; the last 64 KiB kept)\n");
    }

    @Test
    @Timeout(120)
    void aProgramsLinesShowWhileItRuns() throws Exception {
        Path root = dir.resolve("root");
        Path config = config("{\"rc\":[{\"bin\":\"sh\",\"argv\":[\"sh\",\"-c\","
                + "\"echo first; echo warned >&2; while [ ! -e go ]; do sleep 0.05; done; echo last\"]}]}");
        Process jvm = start("32m", "run", "--platform", "process", "--root", root.toString(), "--bin-path", "sh=" + SH,
                config.toString());

        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_SECONDS);
        while (!Files.readString(dir.resolve("out")).contains("rc:0! warned\n") && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        String whileRunning = Files.readString(dir.resolve("out"));
        Files.writeString(root.resolve("go"), "");
        Jvm run = await(jvm);

        assertThat(whileRunning).contains("rc:0| first\n", "rc:0! warned\n").doesNotContain("last").doesNotContain("applied rc:0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rc:0| last\napplied rc:0\n");
    }

    /** Whether this JVM was started with signal {@code number} ignored (Linux: SigIgn in /proc/self/status). */
    private static boolean ignoredHere(int number) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
                .map(l -> new java.math.BigInteger(l.substring(7).trim(), 16))
                .anyMatch(mask -> mask.testBit(number - 1));
    }

    /** Waits, bounded, for a program to have written its PID to {@code file} under the root. */
    private long pidIn(Path file) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_SECONDS);
        while (System.nanoTime() < end) {
            if (Files.exists(file)) {
                String text = Files.readString(file).trim();
                if (!text.isEmpty()) {
                    programs.add(Long.parseLong(text));
                    return Long.parseLong(text);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(file + " was not written within " + RUN_SECONDS + " s");
    }

    /** The process {@code pid}, if it still runs a moment after it should have been killed; killed now if so. */
    private static Optional<ProcessHandle> survivor(long pid) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        Optional<ProcessHandle> alive = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        alive.ifPresent(ProcessHandle::destroyForcibly);
        return alive;
    }

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"TERM, 143", "INT, 130"})
    @Timeout(120)
    void aSignalToTheJvmAloneKillsTheProgramsAndPrintsThePartialReport(String signal, int status) throws Exception {
        // A JVM started with the signal ignored (a background job of a script) ignores it too.
        assumeTrue(!ignoredHere(status - 128), "SIG" + signal + " is ignored by this test's JVM, and so by the CLI's");
        Path root = dir.resolve("root");
        Path config = config("{\"rc\":["
                + "{\"bin\":\"sh\",\"argv\":[\"sh\",\"-c\",\"echo $$ > bg.pid; sleep 60 & echo $! > child.pid; exec sleep 60\"],\"runmode\":\"&\"},"
                + "{\"bin\":\"sh\",\"argv\":[\"sh\",\"-c\",\"echo $$ > fg.pid; exec sleep 60\"]},"
                + "{\"bin\":\"sh\",\"argv\":[\"sh\",\"-c\",\": > third\"]}]}");
        Process jvm = start("64m", "run", "--platform", "process", "--root", root.toString(),
                "--bin-path", "sh=" + SH, config.toString());
        long background = pidIn(root.resolve("bg.pid"));
        long child = pidIn(root.resolve("child.pid"));
        long foreground = pidIn(root.resolve("fg.pid"));

        // To the JVM alone, as timeout(1), kill PID or a supervisor send it
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(jvm.pid())).inheritIO().start();
        assertThat(kill.waitFor(RUN_SECONDS, TimeUnit.SECONDS)).isTrue();
        Jvm run = await(jvm);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(status);
        assertThat(run.out()).startsWith("applied rc:0\n"
                + "FAILED rc:1 (rc[1], line 1): EINTR: stopped: " + "rumpcfg was told to exit (a signal such as SIGTERM or SIGINT)"
                + "; sh was killed\n"
                + "not run rc:2\n");
        assertThat(run.err()).contains("rumpcfg: stopped: rumpcfg was told to exit");
        assertThat(root.resolve("third")).doesNotExist();
        assertThat(survivor(foreground)).as("the foreground program").isEmpty();
        assertThat(survivor(background)).as("the background program").isEmpty();
        assertThat(survivor(child)).as("the background program's child").isEmpty();
    }
}
