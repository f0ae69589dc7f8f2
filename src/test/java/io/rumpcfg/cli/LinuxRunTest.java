package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.linux.LinuxHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rumpcfg run --platform linux} end to end on the real kernel, as root: what a program
 * inside the guest sees, and that the host is as it was afterwards. Fails in CI when the
 * machine cannot make namespaces; skipped elsewhere.
 */
@Timeout(120)
class LinuxRunTest {
    private static final Path EXAMPLES = Path.of("docs/examples");
    private static final Pattern HOLDER = Pattern.compile("held by pid (\\d+); .* of pid (\\d+)");

    @TempDir
    Path dir;
    Path root;
    LinuxHost.Snapshot before;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void machine() throws Exception {
        LinuxHost.requirePlatform();
        root = Files.createDirectory(dir.resolve("root"));
        before = LinuxHost.snapshot();
    }

    /** A CLI JVM a failed assertion left running gets SIGTERM, so that it removes its guest; SIGKILL only if it hangs. */
    @AfterEach
    void stopJvms() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** A /bin/sh script, executable. */
    private Path script(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private Path ext2(String name, String file, String content) throws Exception {
        Path content0 = Files.createDirectories(dir.resolve(name + ".d"));
        if (file != null) {
            Path f = content0.resolve(file);
            Files.createDirectories(f.getParent());
            Files.writeString(f, content);
        }
        return LinuxHost.ext2Image(dir.resolve(name), content0, 2048);
    }

    /** The host as it was; no process, holder or loop device of the run left. */
    private void hostUnchanged(String out) throws Exception {
        assertThat(LinuxHost.snapshot()).isEqualTo(before);
        assertThat(LinuxHost.processesRootedAt(root)).as("processes rooted in the guest's root").isEmpty();
        Matcher m = HOLDER.matcher(out);
        if (m.find()) {
            assertThat(LinuxHost.alive(Long.parseLong(m.group(1)))).as("the guest's holder").isFalse();
            assertThat(LinuxHost.alive(Long.parseLong(m.group(2)))).as("the peers' holder").isFalse();
        }
    }

    @Test
    void hwWebserverShowsItsAddressRouteHostnameAndResolvConfInsideAndTheHostNoneOfThem() throws Exception {
        Path httpd = script("httpd", "echo \"argv: $*\"\n"
                + "echo \"hostname: $(uname -n)\"\n"
                + "ip -4 -o addr show dev vioif0\n"
                + "ip route\n"
                + "while IFS= read -r l; do echo \"resolv: $l\"; done < /etc/resolv.conf\n"
                + "while IFS= read -r l; do echo \"data: $l\"; done < /data/httpd.conf\n"
                + "echo \"env: TZ=$TZ HOME=$HOME\"\n");
        Path etc = ext2("etc.img", "passwd", "root:x:0:0::/:/bin/sh\n");
        Path data = ext2("data.img", "httpd.conf", "listen 80\n");

        Cli.Run run = Cli.run("run", "--platform", "linux", "--root", root.toString(),
                "--bin-path", "sh=/bin/sh", "--bin-path", "ip=" + io.rumpcfg.linux.LinuxHost.requireTool("ip", "iproute2"),
                "--bin-path", "uname=/bin/uname", "--bin-path", "httpd=" + httpd,
                "--device", "/dev/ld0a=" + etc, "--device", "/dev/ld1a=" + data,
                EXAMPLES.resolve("hw-webserver.json").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("rc:0| argv: -f /data/httpd.conf")
                .contains("rc:0| hostname: web1")
                .containsPattern("rc:0\\| \\d+: vioif0 +inet 10\\.0\\.120\\.10/24 ")
                .contains("rc:0| default via 10.0.120.1 dev vioif0")
                .contains("rc:0| resolv: nameserver 10.0.120.1", "rc:0| resolv: search example.net")
                .contains("rc:0| data: listen 80")
                .contains("rc:0| env: TZ=UTC HOME=/data");
        // Each step's line comes when it is applied: the program's lines come before its own.
        assertThat(run.out().indexOf("applied net.dns")).isLessThan(run.out().indexOf("rc:0| argv"));
        assertThat(run.out().indexOf("rc:0| env:")).isLessThan(run.out().indexOf("applied rc:0"));
        // The resolv.conf was written on the image mounted at /etc, not in the root directory.
        assertThat(root.resolve("etc/resolv.conf")).doesNotExist();
        assertThat(LinuxHost.run("ip", "-o", "addr")).doesNotContain("10.0.120.10");
        hostUnchanged(run.out());
    }

    @Test
    void imageInImageMountsAnExt2ImageFoundOnAnotherImage() throws Exception {
        Path inner = ext2("data.iso", "greeting", "hello from the inner image\n");
        Path outerDir = Files.createDirectories(dir.resolve("outer.d/images"));
        Files.copy(inner, outerDir.resolve("data.iso"));
        Path outer = LinuxHost.ext2Image(dir.resolve("outer.img"), dir.resolve("outer.d"), 8192);
        Path reader = script("reader", "while IFS= read -r l; do echo \"read: $l\"; done < \"$1/greeting\"\n");

        Cli.Run run = Cli.run("run", "--platform", "linux", "--root", root.toString(),
                "--bin-path", "sh=/bin/sh", "--bin-path", "reader=" + reader, "--device", "/dev/ld0a=" + outer,
                EXAMPLES.resolve("image-in-image.json").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("applied mount:/rootfs\napplied blk:vnd0\napplied mount:/data\n")
                .contains("rc:0| read: hello from the inner image")
                .containsPattern("device /dev/vnd0 -> /dev/loop\\d+");
        hostUnchanged(run.out());
    }

    @Test
    void aPipelineCarriesStdoutToTheNextProgramAndEachLineIsLabelled() throws Exception {
        Path config = Files.writeString(dir.resolve("p.json"), "{\"rc\": ["
                + "{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"echo one; echo two; echo oops >&2\"], \"runmode\": \"|\"},"
                + "{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"while read l; do echo got $l; done\"]}]}");

        Cli.Run run = Cli.run("run", "--platform", "linux", "--root", root.toString(), "--bin-path", "sh=/bin/sh",
                config.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        // Each program's lines keep their order; the two programs' lines interleave as they run.
        assertThat(run.out().lines().filter(l -> l.startsWith("rc:1")))
                .containsExactly("rc:1| got one", "rc:1| got two");
        assertThat(run.out().lines().filter(l -> l.startsWith("rc:0"))).containsExactly("rc:0! oops");
        hostUnchanged(run.out());
    }

    @Test
    void aMountTheKernelRefusesFailsItsStepAndNothingAfterItIsApplied() throws Exception {
        Path garbage = dir.resolve("garbage.img");
        Files.write(garbage, new byte[1024 * 1024]);
        Path config = Files.writeString(dir.resolve("m.json"), "{\"hostname\": \"guest\","
                + " \"mount\": {\"/data\": {\"source\": \"blk\", \"path\": \"/dev/ld0a\"}},"
                + " \"rc\": [{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"echo ran\"]}]}");

        Cli.Run run = Cli.run("run", "--platform", "linux", "--root", root.toString(), "--bin-path", "sh=/bin/sh",
                "--device", "/dev/ld0a=" + garbage, config.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        // The kernel's EINVAL for a device that holds no file system of the type asked for (ffs
        // and cd9660 fail with ENODEV instead on a kernel without ufs or iso9660)
        assertThat(run.out()).containsPattern("FAILED mount:/data \\(mount\\[\"/data\"\\], line 1\\): E[A-Z]+: no file system mountable on "
                + "/dev/ld0a \\(ffs: E[A-Z]+: .*; ext2fs: EINVAL: mount -t ext2 /dev/ld0a \\(/dev/loop\\d+\\) /data: wrong fs type[^;]*"
                + "; cd9660: E[A-Z]+: .*\\)")
                .contains("not run rc:0").doesNotContain("ran");
        hostUnchanged(run.out());
    }

    @Test
    void aVndOnAMissingFileFailsWithTheKernelsEnoent() throws Exception {
        Path config = Files.writeString(dir.resolve("v.json"), "{\"blk\": {\"vnd0\": {\"type\": \"vnd\", \"path\": \"/images/none.img\"}},"
                + " \"rc\": [{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"echo ran\"]}]}");

        Cli.Run run = Cli.run("run", "--platform", "linux", "--root", root.toString(), "--bin-path", "sh=/bin/sh", config.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("FAILED blk:vnd0").contains("ENOENT").contains("not run rc:0");
        hostUnchanged(run.out());
    }

    @Test
    void aSysctlTheKernelDoesNotKeepPerNamespaceIsAnErrorBeforeAnythingIsApplied() throws Exception {
        Path config = Files.writeString(dir.resolve("s.json"), "{\"hostname\": \"guest\","
                + " \"netbsd\": {\"sysctl\": {\"kern.maxfiles\": 4096, \"net.inet.ip.forwarding\": true}}}");

        Cli.Run run = Cli.run("run", "--platform", "linux", "--root", root.toString(), config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: netbsd.sysctl[\"kern.maxfiles\"]").contains("kern.maxfiles would change the host").doesNotContain("net.inet.ip.forwarding");
        hostUnchanged(run.out());
    }

    @Test
    void sysctlsAndTheHostNameGoToTheGuestsProcSys() throws Exception {
        Path config = Files.writeString(dir.resolve("s.json"), "{\"hostname\": \"guest\","
                + " \"netbsd\": {\"sysctl\": {\"net.inet.ip.forwarding\": true, \"net.ipv4.ip_default_ttl\": 33}},"
                + " \"mount\": {\"/kern\": {\"source\": \"kernfs\"}},"
                + " \"rc\": [{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\","
                + " \"cd /kern/sys; echo $(cat net/ipv4/ip_forward net/ipv4/ip_default_ttl kernel/hostname)\"]}]}");
        String hostForward = Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward"));

        // cat, not the shell's read: the kernel's sysctl files do not answer reads of one byte at a time
        Cli.Run run = Cli.run("run", "--platform", "linux", "--root", root.toString(), "--bin-path", "sh=/bin/sh",
                "--bin-path", "cat=/bin/cat", config.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("rc:0| 1 33 guest\n");
        assertThat(Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward"))).isEqualTo(hostForward);
        hostUnchanged(run.out());
    }

    @Test
    void aProgramsRlimitSysctlIsItsLimitAndAnotherPerProcessSysctlIsRefusedBeforehand() throws Exception {
        Path config = Files.writeString(dir.resolve("r.json"), "{\"rc\": [{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"ulimit -n\"],"
                + " \"netbsd\": {\"sysctl\": {\"rlimit.descriptors.soft\": 100}}}]}");

        Cli.Run run = Cli.run("run", "--platform", "linux", "--root", root.toString(), "--bin-path", "sh=/bin/sh", config.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("rc:0| 100\n");

        Path refused = Files.writeString(dir.resolve("q.json"), "{\"rc\": [{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"true\"],"
                + " \"netbsd\": {\"sysctl\": {\"rlimit.sbsize.soft\": 100}}}]}");
        Cli.Run second = Cli.run("run", "--platform", "linux", "--root", root.toString(), "--bin-path", "sh=/bin/sh", refused.toString());
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out()).isEmpty();
        assertThat(second.err()).contains("rlimit.sbsize.soft");
        hostUnchanged(run.out());
    }

    @Test
    void theGuestHasTheDeviceNodesOfARumpKernelSoThatAShellsBackgroundJobRuns() throws Exception {
        Path config = Files.writeString(dir.resolve("d.json"), """
                {"rc": [{"bin": "sh", "argv": ["sh", "-c",
                  "echo gone > /dev/null && [ -c /dev/null ] && [ -c /dev/zero ] && { true & wait $!; } && echo ok"]}]}
                """);

        Cli.Run run = Cli.run("run", "--platform", "linux", "--root", root.toString(), "--bin-path", "sh=/bin/sh", config.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("rc:0| ok\n").doesNotContain("cannot open");
        assertThat(root.resolve("dev")).as("the mountpoints made under the root").doesNotExist();
        hostUnchanged(run.out());
    }

    @Test
    void sigtermToRumpcfgLeavesNoNamespaceLoopDeviceVethOrProcessBehind() throws Exception {
        Path image = ext2("disk.img", "f", "x\n");
        Path config = Files.writeString(dir.resolve("t.json"), "{"
                + "\"net\": {\"interfaces\": {\"vioif0\": {\"addrs\": [{\"type\": \"inet\", \"method\": \"static\", \"addr\": \"10.0.9.2/24\"}]}}},"
                + "\"mount\": {\"/data\": {\"source\": \"blk\", \"path\": \"/dev/ld0a\"}},"
                + "\"rc\": [{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"sleep 300 & echo started; echo started > /ready; wait\"], \"runmode\": \"&\"},"
                + "{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"exec sleep 300\"]}]}");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName(), "run", "--platform", "linux", "--root", root.toString(),
                "--bin-path", "sh=/bin/sh", "--bin-path", "sleep=/bin/sleep", "--device", "/dev/ld0a=" + image, config.toString()));
        Process jvm = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        started.add(jvm);
        jvm.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(root.resolve("ready")) && System.nanoTime() < deadline && jvm.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(root.resolve("ready")).as("the background program started: %s", Files.readString(dir.resolve("err"))).exists();
        long seen = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (LinuxHost.processesRootedAt(root).isEmpty() && System.nanoTime() < seen) {
            Thread.sleep(20);
        }
        assertThat(LinuxHost.processesRootedAt(root)).as("guest programs while it runs: %s", Files.readString(dir.resolve("out")))
                .isNotEmpty();
        // Output shows while the program runs, not when the run ends
        long shown = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.readString(dir.resolve("out")).contains("rc:0| started\n") && System.nanoTime() < shown) {
            Thread.sleep(20);
        }
        assertThat(Files.readString(dir.resolve("out"))).contains("applied rc:0\n").contains("rc:0| started\n");
        assertThat(LinuxHost.run("losetup", "-a")).contains(image.toString());
        // During the run too, the host has none of the guest's address, interface or host name
        LinuxHost.Snapshot during = LinuxHost.snapshot();
        assertThat(during.addresses()).isEqualTo(before.addresses()).doesNotContain("10.0.9.2");
        assertThat(during.links()).isEqualTo(before.links());
        assertThat(during.routes()).isEqualTo(before.routes());
        assertThat(during.mounts()).isEqualTo(before.mounts());

        LinuxHost.run("kill", "-TERM", Long.toString(jvm.pid()));
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String out = Files.readString(dir.resolve("out"));
        assertThat(jvm.exitValue()).as(out + Files.readString(dir.resolve("err"))).isEqualTo(143);
        assertThat(out).contains("applied rc:0").contains("FAILED rc:1").contains("EINTR");
        assertThat(LinuxHost.run("losetup", "-a")).doesNotContain(image.toString());
        hostUnchanged(out);
    }

    @Test
    void notRootIsOneClearErrorAndExitFourBeforeAnythingIsApplied() throws Exception {
        Path setpriv = io.rumpcfg.linux.LinuxHost.requireTool("setpriv", "util-linux");
        // The class path, copied where the unprivileged user can read it
        Path shared = Files.createTempDirectory("rumpcfg-nobody-");
        try {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            List<String> classPath = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(java.io.File.pathSeparator)) {
                Path from = Path.of(entry);
                if (!Files.exists(from)) {
                    continue;
                }
                Path to = shared.resolve((n++) + "-" + from.getFileName());
                if (Files.isDirectory(from)) {
                    try (var walk = Files.walk(from)) {
                        for (Path p : (Iterable<Path>) walk::iterator) {
                            Path target = to.resolve(from.relativize(p).toString());
                            if (Files.isDirectory(p)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(p, target);
                            }
                        }
                    }
                } else {
                    Files.copy(from, to);
                }
                classPath.add(to.toString());
            }
            try (var walk = Files.walk(shared)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            Path config = Files.writeString(shared.resolve("c.json"), "{\"hostname\": \"guest\"}");
            Path nobodyRoot = Files.createDirectory(shared.resolve("root"));
            Process jvm = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups", "--",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-XX:TieredStopAtLevel=1",
                    "-cp", String.join(java.io.File.pathSeparator, classPath), Main.class.getName(),
                    "run", "--platform", "linux", "--root", nobodyRoot.toString(), config.toString())
                    .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
            started.add(jvm);
            assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();

            String err = Files.readString(dir.resolve("err"));
            assertThat(jvm.exitValue()).as(err).isEqualTo(4);
            assertThat(err).isEqualTo("rumpcfg: the Linux platform needs root (running as uid 65534; namespaces, mounts and "
                    + "loop devices need uid 0)\n");
            assertThat(Files.readString(dir.resolve("out"))).isEmpty();
            assertThat(LinuxHost.snapshot()).isEqualTo(before);
        } finally {
            try (var walk = Files.walk(shared)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
