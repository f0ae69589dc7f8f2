package io.rumpcfg.testing;

import static io.rumpcfg.exec.TestPlans.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.ExecOptions;
import io.rumpcfg.exec.Executor;
import io.rumpcfg.exec.ProgramRun;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fake platform's effects, seen through the executor. */
class FakePlatformTest {
    private static BootReport boot(FakePlatform fake, Plan plan) {
        return Executor.create(fake, ExecOptions.DEFAULTS.withListener(fake.stepTracker())).run(plan);
    }

    @Test
    void resolvConfHoldsNameserversThenOneSearchLine() {
        FakePlatform fake = FakePlatform.builder().build();

        boot(fake, plan(dns(List.of("192.0.2.53", "2001:db8::53"), List.of("a.example", "b.example"))));

        assertThat(fake.isDirectory("/etc")).isTrue();
        assertThat(fake.fileText("/etc/resolv.conf")).contains(
                "nameserver 192.0.2.53\nnameserver 2001:db8::53\nsearch a.example b.example\n");
    }

    @Test
    void mountTableListsEachMountWithItsOptions() {
        FakePlatform fake = FakePlatform.builder().device("/dev/ld0a", "ffs").fileSystemOn("/dev/vnd0a", "cd9660").build();

        BootReport report = boot(fake, plan(
                mountBlk("/rootfs", "/dev/ld0a"),
                vnd(0, "/rootfs/images/data.iso"),
                mountBlk("/data", "/dev/vnd0a"),
                tmpfs("/tmp", 4096),
                kernfs("/kern"),
                nfs("/home", "files.example.net", "/export/home", 3, MountSource.Proto.TCP, true)));

        assertThat(report.succeeded()).isTrue();
        assertThat(fake.mounts()).containsExactly(
                new MountEntry("ffs", "/dev/ld0a", "/rootfs", Map.of()),
                new MountEntry("cd9660", "/dev/vnd0a", "/data", Map.of("ro", "true")),
                new MountEntry("tmpfs", "tmpfs", "/tmp", Map.of("size", "4096")),
                new MountEntry("kernfs", "kernfs", "/kern", Map.of()),
                new MountEntry("nfs", "files.example.net:/export/home", "/home",
                        Map.of("vers", "3", "proto", "tcp", "ro", "true")));
        assertThat(fake.devices()).containsExactly(
                new DeviceNode("/dev/ld0a", "declared", "", false),
                new DeviceNode("/dev/vnd0", "vnd", "/rootfs/images/data.iso", true));
    }

    @Test
    void mountingADeviceNeitherConfiguredNorDeclaredFailsWithEnxio() {
        FakePlatform fake = FakePlatform.builder().build();

        BootReport report = boot(fake, plan(mountBlk("/data", "/dev/vnd1a")));

        assertThat(report.failed().orElseThrow().errno()).contains(Errno.ENXIO);
        assertThat(report.failed().get().cause()).contains(
                "ffs: ENXIO: /dev/vnd1a: no such device (neither configured nor declared)");
        assertThat(fake.mounts()).isEmpty();
    }

    @Test
    void mountOnAMissingDirectoryFailsWithEnoent() {
        FakePlatform fake = FakePlatform.builder().build();

        assertThatThrownBy(() -> fake.mount("tmpfs", "tmpfs", "/nowhere", Map.of()))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT))
                .hasMessage("ENOENT: /nowhere: no such directory");
    }

    @Test
    void writeFileNeedsItsDirectoryAndReplacesTheWholeContent() throws Exception {
        FakePlatform fake = FakePlatform.builder().file("/etc/motd", "a much longer old text\n".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> fake.writeFile("/var/x", new byte[1]))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT));
        fake.writeFile("/etc/motd", "new\n".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.fileText("/etc/motd")).contains("new\n");
    }

    @Test
    void aPipedProgramWhoseReaderFailsToSpawnIsReportedNeverStartedEveryTime() {
        for (int i = 0; i < 20; i++) {
            FakePlatform fake = FakePlatform.builder().echoBin("sh").echoBin("nox").failStep("rc:1", Errno.ENOENT).build();

            BootReport report = boot(fake, plan(rc(0, "sh", RunMode.PIPE), rc(1, "nox", RunMode.WAIT)));

            assertThat(report.failed().orElseThrow().id()).isEqualTo("rc:1");
            ProgramRun producer = report.programs().get(0);
            assertThat(producer.exitCode()).as("run %d", i).isEmpty();
            assertThat(producer.problem()).hasValue("ECHILD: sh never started: no program read its piped stdout");
            assertThat(fake.programs().get(0).started()).isFalse();
            assertThat(fake.dump(false)).contains("  #0 sh argv=[\"sh\"] workdir=/ not started stdout=pipe\n");
        }
    }

    @Test
    void threeStagePipelinePassesData() {
        FakePlatform fake = FakePlatform.builder()
                .bin("producer", (argv, env, in, out) -> {
                    out.write("pear\napple\nfig\n".getBytes(StandardCharsets.UTF_8));
                    return 0;
                })
                .bin("upper", (argv, env, in, out) -> {
                    out.write(new String(in.readAllBytes(), StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8));
                    return 0;
                })
                .bin("count", (argv, env, in, out) -> {
                    List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
                    out.write((lines.size() + " lines, last " + lines.get(lines.size() - 1) + "\n").getBytes(StandardCharsets.UTF_8));
                    return 0;
                })
                .build();

        BootReport report = boot(fake, plan(rc(0, "producer", RunMode.PIPE), rc(1, "upper", RunMode.PIPE), rc(2, "count", RunMode.WAIT)));

        assertThat(report.succeeded()).isTrue();
        List<ProgramRecord> programs = fake.programs();
        assertThat(programs.get(2).output()).isEqualTo("3 lines, last FIG\n");
        assertThat(programs.get(0).output()).isEmpty();
        assertThat(programs).allSatisfy(p -> assertThat(p.exitCode()).hasValue(0));
    }

    @Test
    void failingForegroundProgramStopsTheRcSequence() {
        FakePlatform fake = FakePlatform.builder().bin("migrate", BakedBinary.exiting(2)).echoBin("serve").build();

        BootReport report = boot(fake, plan(rc(0, "migrate", RunMode.WAIT), rc(1, "serve", RunMode.WAIT)));

        assertThat(report.failed().orElseThrow().cause()).isEqualTo("migrate exited with status 2");
        assertThat(fake.programs()).extracting(ProgramRecord::bin).containsExactly("migrate");
    }

    @Test
    void backgroundProgramDoesNotBlockTheNextEntry() {
        CountDownLatch clientRan = new CountDownLatch(1);
        FakePlatform fake = FakePlatform.builder()
                // The server exits 0 only if the client ran while it was still running; the
                // timeout only keeps a broken executor from hanging the build.
                .bin("server", (argv, env, in, out) -> clientRan.await(30, TimeUnit.SECONDS) ? 0 : 99)
                .bin("client", (argv, env, in, out) -> {
                    clientRan.countDown();
                    return 0;
                })
                .build();

        BootReport report = boot(fake, plan(rc(0, "server", RunMode.BACKGROUND), rc(1, "client", RunMode.WAIT)));

        assertThat(report.programs()).extracting(ProgramRun::bin, p -> p.exitCode().getAsInt())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("server", 0), org.assertj.core.groups.Tuple.tuple("client", 0));
    }

    @Test
    void programSeesEnvWorkdirAndItsSysctl() {
        FakePlatform fake = FakePlatform.builder().directory("/srv").bin("show", (argv, env, in, out) -> {
            out.write(env.toString().getBytes(StandardCharsets.UTF_8));
            return 0;
        }).build();

        boot(fake, plan(env("LANG", "C"), env("API_TOKEN", "s3cret"),
                rc(0, "show", RunMode.WAIT, "/srv", List.of(procSysctl("rlimit.nofile.soft", "1024")))));

        ProgramRecord r = fake.programs().get(0);
        assertThat(r.output()).isEqualTo("{LANG=C, API_TOKEN=s3cret}");
        assertThat(r.workdir()).isEqualTo("/srv");
        assertThat(r.sysctl()).containsExactly(Map.entry("proc.curproc.rlimit.nofile.soft", "1024"));
    }

    @Test
    void spawnInAMissingWorkdirFailsWithEnoent() {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("app"));

        BootReport report = boot(fake, plan(rc(0, "app", RunMode.WAIT, "/nowhere", List.of())));

        assertThat(report.failed().orElseThrow().cause()).isEqualTo("ENOENT: /nowhere: no such directory (workdir of app)");
    }

    @Test
    void dumpShowsTheWholeStateWithSecretsRedacted() {
        FakePlatform fake = FakePlatform.builder().echoBin("app").device("/dev/ld0a", "ffs").build();
        boot(fake, plan(sysctl("kern.maxfiles", 4096), env("LANG", "C"), env("DB_PASSWORD", "hunter2"),
                hostname("web1"), mountBlk("/rootfs", "/dev/ld0a"), tmpfs("/tmp", 1024),
                iface("xenif0", true, fixed("10.0.0.2/24"), auto6()), gateway("10.0.0.1"),
                dns(List.of("10.0.0.53"), List.of("example.net")), rc(0, "app", RunMode.WAIT, "app", "-v")));

        assertThat(fake.dump(false)).isEqualTo(String.join("\n",
                "sysctl:",
                "  kern.maxfiles = 4096",
                "  kern.hostname = web1",
                "env:",
                "  LANG=C",
                "  DB_PASSWORD=<redacted>",
                "interfaces:",
                "  xenif0 (created): inet 10.0.0.2/24, inet6 auto",
                "routes:",
                "  default inet 10.0.0.1",
                "devices:",
                "  /dev/ld0a: declared",
                "mounts:",
                "  /dev/ld0a on /rootfs type ffs",
                "  tmpfs on /tmp type tmpfs (size=1024)",
                "files:",
                "  /etc/resolv.conf (40 bytes)",
                "    | nameserver 10.0.0.53",
                "    | search example.net",
                "programs:",
                "  #0 app argv=[\"app\", \"-v\"] workdir=/ exit=0",
                "    | app -v",
                ""));
        assertThat(fake.dump(true)).contains("  DB_PASSWORD=hunter2\n");
    }

    @Test
    void emptyPlatformDumpsNoneForEachSection() {
        assertThat(FakePlatform.builder().build().dump(false)).isEqualTo(
                "sysctl:\n  (none)\nenv:\n  (none)\ninterfaces:\n  (none)\nroutes:\n  (none)\ndevices:\n  (none)\n"
                        + "mounts:\n  (none)\nfiles:\n  (none)\nprograms:\n  (none)\n");
    }

    @Test
    void echoBinaryPrintsArgvThenItsStdin() {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("a", "b"));

        boot(fake, plan(rc(0, "a", RunMode.PIPE, "a", "x"), rc(1, "b", RunMode.WAIT)));

        assertThat(fake.programs().get(1).output()).isEqualTo("b\na x\n");
    }
}
