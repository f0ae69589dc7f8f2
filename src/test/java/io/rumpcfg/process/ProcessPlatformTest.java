package io.rumpcfg.process;

import static io.rumpcfg.exec.TestPlans.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.ExecOptions;
import io.rumpcfg.exec.Executor;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real host processes and a real sandbox directory. */
class ProcessPlatformTest {
    private static final Path PRINTF = Path.of("/usr/bin/printf");
    private static final Path SORT = Path.of("/usr/bin/sort");
    private static final Path WC = Path.of("/usr/bin/wc");
    private static final Path ENV = Path.of("/usr/bin/env");
    private static final Path PWD = Path.of("/bin/pwd");
    private static final Path FALSE = Path.of("/usr/bin/false");
    private static final Path SH = Path.of("/bin/sh");

    @TempDir
    Path root;

    @BeforeAll
    static void hostHasTheTools() {
        for (Path tool : List.of(PRINTF, SORT, WC, ENV, PWD, FALSE, SH)) {
            assumeTrue(Files.isExecutable(tool), tool + " is needed");
        }
    }

    private static BootReport boot(ProcessPlatform platform, Plan plan) {
        return Executor.create(platform, ExecOptions.DEFAULTS).run(plan);
    }

    private static Step.StartProgram program(int index, String bin, RunMode mode, List<String> argv, String workdir) {
        return new Step.StartProgram(index, new RcEntry(bin, argv, mode, Optional.of(workdir), List.of(),
                io.rumpcfg.model.Origin.of("rc[" + index + "]", index + 1, 5)));
    }

    @Test
    void pipelineOfHostProgramsPassesDataThroughRealPipes() {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("printf", PRINTF).bin("sort", SORT).bin("wc", WC).build();

        BootReport report = boot(platform, plan(
                program(0, "printf", RunMode.PIPE, List.of("printf", "pear\\napple\\nfig\\napple\\n"), "/"),
                program(1, "sort", RunMode.PIPE, List.of("sort", "-u"), "/"),
                program(2, "wc", RunMode.WAIT, List.of("wc", "-l"), "/")));

        assertThat(report.succeeded()).isTrue();
        List<HostProgram> programs = platform.programs();
        assertThat(programs.get(2).stdout().trim()).isEqualTo("3");
        assertThat(programs).allSatisfy(p -> assertThat(p.exitCode()).hasValue(0));
    }

    @Test
    void sortedDataReachesTheLastProgram() {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("printf", PRINTF).bin("sort", SORT).build();

        boot(platform, plan(
                program(0, "printf", RunMode.PIPE, List.of("printf", "pear\\napple\\nfig\\n"), "/"),
                program(1, "sort", RunMode.WAIT, List.of("sort"), "/")));

        assertThat(platform.programs().get(1).stdout()).isEqualTo("apple\nfig\npear\n");
    }

    @Test
    void aPipedProgramWhoseReaderFailsToSpawnIsReportedNeverStarted() throws Exception {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("printf", PRINTF).bin("nox", root.resolve("nox")).build();

        BootReport report = boot(platform, plan(
                program(0, "printf", RunMode.PIPE, List.of("printf", "produced"), "/"),
                program(1, "nox", RunMode.WAIT, List.of("nox"), "/")));

        assertThat(report.failed().orElseThrow().id()).isEqualTo("rc:1");
        assertThat(report.programs().get(0).exitCode()).isEmpty();
        assertThat(report.programs().get(0).problem()).hasValue("ECHILD: printf never started: no program read its piped stdout");
        assertThat(platform.programs().get(0).started()).isFalse();
        assertThat(platform.dump(false)).contains("  #0 printf (/usr/bin/printf) argv=[printf, produced] workdir=/ not started\n");
    }

    @Test
    void aFifoIsNotReadAsAConfigurationFile() throws Exception {
        Path fifo = root.resolve("cfg");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        ProcessPlatform platform = ProcessPlatform.builder(root).build();

        PlatformException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(PlatformException.class, () -> platform.readFile("/cfg", 1024)));
        assertThat(e.errno()).isEqualTo(Errno.EINVAL);
        assertThat(e.getMessage()).contains("not a regular file");
    }

    @Test
    void aLoaderVariableFailsItsEnvStepBeforeAnyProgramStarts() throws Exception {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("sh", SH).build();

        BootReport report = boot(platform, plan(env("LANG", "C"), env("LD_LIBRARY_PATH", "/tmp"),
                program(2, "sh", RunMode.WAIT, List.of("sh", "-c", ": > ran"), "/")));

        assertThat(report.failed().orElseThrow().id()).isEqualTo("env:LD_LIBRARY_PATH");
        assertThat(report.failed().orElseThrow().errno()).contains(Errno.EPERM);
        assertThat(platform.programs()).isEmpty();
        assertThat(root.resolve("ran")).doesNotExist();
    }

    @Test
    void aLoaderVariableTheBuilderAllowsReachesThePrograms() {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("env", ENV).allowEnv("LD_BIND_NOW").build();

        BootReport report = boot(platform, plan(env("LD_BIND_NOW", "1"), program(1, "env", RunMode.WAIT, List.of(), "/")));

        assertThat(report.succeeded()).isTrue();
        assertThat(platform.programs().get(0).stdout()).isEqualTo("LD_BIND_NOW=1\n");
    }

    /** The process whose PID a program wrote to {@code file} under the root, if it still runs after a short while. */
    private Optional<ProcessHandle> survivor(String file) throws Exception {
        long pid = Long.parseLong(Files.readString(root.resolve(file)).trim());
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        while (p.isPresent() && p.get().isAlive() && System.nanoTime() < end) {
            Thread.sleep(50); // a killed process is reaped by init a moment later
            p = ProcessHandle.of(pid);
        }
        p.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly); // leave nothing behind
        return p.filter(ProcessHandle::isAlive);
    }

    @Test
    @org.junit.jupiter.api.Timeout(90)
    void aDoubleForkedDescendantIsKilledWhenTheBootFails() throws Exception {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("sh", SH).build();
        // The subshell exits at once: its sleep is no longer a descendant of the program.
        String daemon = "(sleep 40 & echo $! > daemon.pid); : > forked; exec sleep 40";

        long start = System.nanoTime();
        BootReport report = boot(platform, plan(
                program(0, "sh", RunMode.BACKGROUND, List.of("sh", "-c", daemon), "/"),
                program(1, "sh", RunMode.WAIT, List.of("sh", "-c", "while [ ! -e forked ]; do sleep 0.05; done; exit 3"), "/")));

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("the boot does not wait for the daemon")
                .isLessThan(java.time.Duration.ofSeconds(20));
        assertThat(report.failed().orElseThrow().id()).isEqualTo("rc:1");
        assertThat(survivor("daemon.pid")).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(90)
    void whatABackgroundProgramLeftRunningIsKilledWhenTheBootEnds() throws Exception {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("sh", SH).build();

        long start = System.nanoTime();
        BootReport report = boot(platform, plan(
                program(0, "sh", RunMode.BACKGROUND, List.of("sh", "-c", "sleep 40 & echo $! > child.pid; echo forked"), "/"),
                program(1, "sh", RunMode.WAIT, List.of("sh", "-c", "echo second"), "/")));

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("the boot does not wait for the child")
                .isLessThan(java.time.Duration.ofSeconds(20));
        assertThat(report.succeeded()).isTrue();
        assertThat(report.programs()).allSatisfy(p -> assertThat(p.exitCode()).hasValue(0));
        assertThat(platform.programs().get(0).stdout()).isEqualTo("forked\n");
        assertThat(survivor("child.pid")).isEmpty();
    }

    @Test
    void failingForegroundProcessStopsTheRcSequence() {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("false", FALSE).bin("printf", PRINTF).build();

        BootReport report = boot(platform, plan(
                program(0, "false", RunMode.WAIT, List.of(), "/"),
                program(1, "printf", RunMode.WAIT, List.of("printf", "never"), "/")));

        assertThat(report.failed().orElseThrow().cause()).isEqualTo("false exited with status 1");
        assertThat(platform.programs()).hasSize(1);
    }

    @Test
    void backgroundProcessRunsWhileTheNextEntryRuns() {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("sh", SH).build();
        // The server exits 0 only once the client has made the flag; the loop bound only keeps
        // a broken executor from hanging the build.
        String server = "i=0; while [ ! -e flag ]; do i=$((i+1)); [ $i -gt 600 ] && exit 9; sleep 0.05; done; exit 0";

        BootReport report = boot(platform, plan(
                program(0, "sh", RunMode.BACKGROUND, List.of("sh", "-c", server), "/"),
                program(1, "sh", RunMode.WAIT, List.of("sh", "-c", ": > flag"), "/")));

        assertThat(report.programs()).allSatisfy(p -> assertThat(p.exitCode()).hasValue(0));
    }

    @Test
    void processGetsOnlyTheConfiguredEnvironmentAndItsWorkdirUnderTheRoot() throws Exception {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("env", ENV).bin("pwd", PWD).build();

        boot(platform, plan(env("LANG", "C"), env("API_TOKEN", "s3cret"), kernfs("/srv"), // its mountpoint gives the workdir
                program(1, "env", RunMode.WAIT, List.of(), "/"),
                program(2, "pwd", RunMode.WAIT, List.of(), "/srv")));

        assertThat(platform.programs().get(0).stdout()).isEqualTo("LANG=C\nAPI_TOKEN=s3cret\n");
        assertThat(platform.programs().get(1).stdout().trim()).isEqualTo(root.toRealPath().resolve("srv").toString());
    }

    @Test
    void resolvConfIsWrittenUnderTheRootAndNetworkIsOnlyRecorded() throws Exception {
        ProcessPlatform platform = ProcessPlatform.builder(root).build();

        BootReport report = boot(platform, plan(hostname("web1"), iface("xenif0", true, fixed("10.0.0.2/24")),
                gateway("10.0.0.1"), dns(List.of("10.0.0.53"), List.of()), tmpfs("/tmp", 1024)));

        assertThat(report.succeeded()).isTrue();
        assertThat(Files.readString(root.resolve("etc/resolv.conf"))).isEqualTo("nameserver 10.0.0.53\n");
        try (var listing = Files.list(root.resolve("etc"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("resolv.conf");
        }
        assertThat(Files.isDirectory(root.resolve("tmp"))).isTrue();
        assertThat(platform.effects()).extracting(Effect::toString).containsExactly(
                "sysctl kern.hostname web1",
                "ifcreate xenif0",
                "ifaddr4 xenif0 10.0.0.2/24",
                "gateway4 10.0.0.1",
                "mount tmpfs tmpfs /tmp {size=1024}");
        assertThat(platform.filesWritten()).containsExactly("/etc/resolv.conf");
    }

    @Test
    void writeFileReplacesAnExistingFileWhole() throws Exception {
        ProcessPlatform platform = ProcessPlatform.builder(root).build();
        platform.mkdirs("/etc");
        platform.writeFile("/etc/resolv.conf", "nameserver 192.0.2.1\nnameserver 192.0.2.2\n".getBytes(StandardCharsets.UTF_8));

        platform.writeFile("/etc/resolv.conf", "nameserver 192.0.2.9\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(root.resolve("etc/resolv.conf"))).isEqualTo("nameserver 192.0.2.9\n");
    }

    @Test
    void resolvConfIsReadableByEveryUserAsAGuestWritesIt() throws Exception {
        ProcessPlatform platform = ProcessPlatform.builder(root).build();

        boot(platform, plan(dns(List.of("10.0.0.53"), List.of())));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("etc/resolv.conf"))))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void onlyTheLastSixtyFourKibibytesOfEachStreamAreKept() {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("sh", SH).build();
        // 1 MiB of x, then a last line; 100 000 bytes of y to stderr, then a last line
        String script = "head -c 1048576 /dev/zero | tr '\\0' x; echo; echo end; "
                + "head -c 100000 /dev/zero | tr '\\0' y >&2; echo err-end >&2";

        BootReport report = boot(platform, plan(program(0, "sh", RunMode.WAIT, List.of("sh", "-c", script), "/")));

        assertThat(report.succeeded()).isTrue();
        HostProgram p = platform.programs().get(0);
        assertThat(p.stdout()).hasSize(64 * 1024).endsWith("x\nend\n");
        assertThat(p.stdoutDropped()).isEqualTo(1048576 + 5 - 64 * 1024);
        assertThat(p.stderr()).hasSize(64 * 1024).endsWith("yerr-end\n");
        assertThat(p.stderrDropped()).isEqualTo(100000 + 8 - 64 * 1024);
        assertThat(platform.dump(false)).contains(
                "    (stdout: the first 983045 bytes dropped; the last 64 KiB kept)\n"
                        + "    (stderr: the first 34472 bytes dropped; the last 64 KiB kept)\n"
                        + "    | xxx");
    }

    @Test
    void pathsLeavingTheRootAreRefused() throws Exception {
        ProcessPlatform platform = ProcessPlatform.builder(root).build();
        Path outside = Files.createTempDirectory("rumpcfg-outside");
        Files.createSymbolicLink(root.resolve("link"), outside);
        try {
            assertThatThrownBy(() -> platform.mkdirs("/../escape"))
                    .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EACCES));
            assertThatThrownBy(() -> platform.writeFile("/link/resolv.conf", new byte[1]))
                    .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EACCES));
            assertThat(outside.resolve("resolv.conf")).doesNotExist();
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void mountOnAMissingDirectoryFailsWithEnoent() {
        ProcessPlatform platform = ProcessPlatform.builder(root).build();

        assertThatThrownBy(() -> platform.mount("kernfs", "kernfs", "/kern", Map.of()))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT));
    }

    @Test
    void unknownBinaryFailsWithEnoent() {
        ProcessPlatform platform = ProcessPlatform.builder(root).build();

        BootReport report = boot(platform, plan(rc(0, "httpd", RunMode.WAIT)));

        assertThat(report.failed().orElseThrow().errno()).contains(Errno.ENOENT);
    }

    @Test
    void aDirectoryGivenAsTheExecutableFailsItsStepWithEacces() {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("dir", root).build();

        BootReport report = boot(platform, plan(rc(0, "dir", RunMode.WAIT)));

        assertThat(report.failed().orElseThrow().errno()).contains(Errno.EACCES);
        assertThat(platform.programs()).isEmpty();
    }

    @Test
    void dumpRedactsSecretEnvValues() {
        ProcessPlatform platform = ProcessPlatform.builder(root).build();

        boot(platform, plan(env("DB_PASSWORD", "hunter2"), env("LANG", "C")));

        assertThat(platform.dump(false)).contains("  setenv DB_PASSWORD <redacted>\n", "  setenv LANG C\n")
                .doesNotContain("hunter2");
        assertThat(platform.dump(true)).contains("  setenv DB_PASSWORD hunter2\n");
    }

    @Test
    void dumpListsEffectsFilesAndProgramsWithTheirOutput() throws Exception {
        ProcessPlatform platform = ProcessPlatform.builder(root).bin("printf", PRINTF).build();

        boot(platform, plan(sysctl("kern.maxfiles", 64), dns(List.of("10.0.0.53"), List.of()),
                program(1, "printf", RunMode.WAIT, List.of("printf", "hi\\n"), "/")));

        assertThat(platform.dump(false)).isEqualTo(String.join("\n",
                "root: " + root.toRealPath(),
                "recorded (not applied to the host):",
                "  sysctl kern.maxfiles 64",
                "files written:",
                "  /etc/resolv.conf",
                "programs:",
                "  #0 printf (/usr/bin/printf) argv=[printf, hi\\n] workdir=/ exit=0",
                "    | hi",
                ""));
    }
}
