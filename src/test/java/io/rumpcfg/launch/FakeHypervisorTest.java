package io.rumpcfg.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.source.xen.FakeXenstored;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rumpcfg launch} run for real against stand-ins for the hypervisors' programs (shell
 * scripts on the PATH that record what they are given) and, for Xen, the fake xenstored with
 * Debian's xenstore-read looking at the key when the domain is unpaused.
 */
class FakeHypervisorTest {
    private static final String KEY = "/local/domain/7/rumprun/cfg";

    @TempDir
    Path dir;

    private Path bin() throws IOException {
        return Files.createDirectories(dir.resolve("bin"));
    }

    private void script(String name, String body) throws IOException {
        Path p = bin().resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body.replace("@DIR@", dir.toString()));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Map<String, String> path() throws IOException {
        return Map.of("PATH", bin() + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    private Path file(String name) throws IOException {
        return Files.write(dir.resolve(name), new byte[512]);
    }

    private static RumpcfgJvm.Started finish(RumpcfgJvm.Started started) throws Exception {
        assertThat(started.process().waitFor(60, TimeUnit.SECONDS)).as(started.stderr()).isTrue();
        return started;
    }

    @Test
    void xenCreatesPausedWritesTheKeyWithOurClientThenUnpausesAndAttachesTheConsole() throws Exception {
        Path xenstoreRead = HostTools.require("xenstore-read", "xenstore-utils");
        script("xl", """
                echo "$*" >> "@DIR@/xl.log"
                case "$1" in
                  create) cp "$3" "@DIR@/domain.cfg" ;;
                  domid) echo 7 ;;
                  unpause) "XREAD" -R /local/domain/7/rumprun/cfg > "@DIR@/at-unpause" || exit 9 ;;
                  console) echo "console of domain $2" ;;
                  *) exit 64 ;;
                esac
                """.replace("XREAD", xenstoreRead.toString()));
        Path config = Path.of("docs/examples/xen-netback.json").toAbsolutePath();
        Path kernel = file("app.bin");
        Path srv = file("srv.img");
        try (FakeXenstored daemon = FakeXenstored.start(Files.createDirectories(dir.resolve("xs")))) {
            Map<String, String> env = new java.util.HashMap<>(path());
            env.put("XENSTORED_PATH", daemon.socket().toString());
            RumpcfgJvm.Started launch = finish(RumpcfgJvm.start(dir, "launch", env, List.of("launch", "xen",
                    "--kernel", kernel.toString(), "--disk", "xvda=" + srv, "--net", "xenif0=xenbr0", "--memory", "128",
                    config.toString())));

            assertThat(launch.process().exitValue()).as(launch.stderr()).isZero();
            assertThat(launch.stdout()).isEqualTo("console of domain 7\n");
            List<String> calls = Files.readAllLines(dir.resolve("xl.log"));
            assertThat(calls).hasSize(4);
            assertThat(calls.get(0)).startsWith("create -p /").endsWith("/domain.cfg");
            assertThat(calls.subList(1, 4)).containsExactly("domid rumprun-app.bin", "unpause 7", "console 7");
            byte[] original = Files.readAllBytes(config);
            assertThat(daemon.get(KEY)).isEqualTo(original);
            assertThat(Files.readAllBytes(dir.resolve("at-unpause"))).isEqualTo(original);
            assertThat(Files.readString(dir.resolve("domain.cfg"))).isEqualTo("name = \"rumprun-app.bin\"\n"
                    + "kernel = \"" + kernel + "\"\n"
                    + "memory = 128\n"
                    + "vcpus = 1\n"
                    + "on_poweroff = \"destroy\"\n"
                    + "on_reboot = \"destroy\"\n"
                    + "on_crash = \"destroy\"\n"
                    + "vif = [ 'bridge=xenbr0' ]\n"
                    + "disk = [ 'format=raw, vdev=xvda, access=rw, target=" + srv + "' ]\n");
            // The launch's own directory is gone.
            assertThat(Path.of(calls.get(0).substring("create -p ".length())).getParent()).doesNotExist();
        }
    }

    @Test
    void xenDestroysThePausedDomainWhenTheKeyCannotBeWritten() throws Exception {
        script("xl", """
                echo "$*" >> "@DIR@/xl.log"
                case "$1" in domid) echo 7 ;; esac
                """);
        Path kernel = file("app.bin");
        RumpcfgJvm.Started launch = finish(RumpcfgJvm.start(dir, "launch", path(), List.of("launch", "xen",
                "--kernel", kernel.toString(), "--xenstore-socket", dir.resolve("no-daemon").toString(),
                "--xenstore-timeout", "1s", Files.writeString(dir.resolve("c.json"), "{}").toString())));

        assertThat(launch.process().exitValue()).isEqualTo(LaunchRunner.HOST_FAILED);
        assertThat(launch.stderr()).contains("error:").contains(KEY);
        List<String> calls = Files.readAllLines(dir.resolve("xl.log"));
        assertThat(calls.get(1)).isEqualTo("domid rumprun-app.bin");
        assertThat(calls.subList(2, calls.size())).containsExactly("destroy 7");
    }

    @Test
    void solo5GetsEveryBlockDeviceByNameAndTheOlderDocumentAsItsArgument() throws Exception {
        for (String tender : List.of("solo5-hvt", "solo5-spt")) {
            script(tender, "for a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"@DIR@/argv\"\nexit 7\n");
            Path kernel = file("nginx.hvt");
            Path rootfs = file("rootfs.img");
            Path data = file("data.img");
            RumpcfgJvm.Started launch = finish(RumpcfgJvm.start(dir, tender, path(), List.of("launch", tender,
                    "--kernel", kernel.toString(), "--bins", "nginx", "--disk", "data=" + data, "--disk", "rootfs=" + rootfs,
                    "--net", "ukvmif0=tap0", "--memory", "1G", "docs/examples/solo5-two-disks.json")));

            assertThat(launch.process().exitValue()).as(launch.stderr()).isEqualTo(7);
            String[] argv = new String(Files.readAllBytes(dir.resolve("argv")), StandardCharsets.UTF_8).split("\0");
            assertThat(Arrays.asList(argv)).containsExactly("--mem=1024", "--block:rootfs=" + rootfs,
                    "--block:data=" + data, "--net:tap=tap0", kernel.toString(),
                    "{\"cmdline\":\"nginx -g 'daemon off;'\",\"net\":{\"if\":\"ukvmif0\",\"cloner\":\"true\",\"type\":\"inet\","
                            + "\"method\":\"static\",\"addr\":\"10.4.0.2\",\"mask\":\"24\",\"gw\":\"10.4.0.1\"},"
                            + "\"blk\":{\"source\":\"etfs\",\"path\":\"/dev/rootfs\",\"fstype\":\"blk\",\"mountpoint\":\"/\"},"
                            + "\"blk\":{\"source\":\"etfs\",\"path\":\"/dev/data\",\"fstype\":\"blk\",\"mountpoint\":\"/data\"},"
                            + "\"cwd\":\"/data\"}");
        }
    }

    @Test
    void rumpcfgToldToExitEndsTheHypervisorItStarted() throws Exception {
        script("solo5-spt", "echo $$ > \"@DIR@/pid\"\nexec sleep 60\n");
        RumpcfgJvm.Started launch = RumpcfgJvm.start(dir, "launch", path(), List.of("launch", "solo5-spt",
                "--bins", "app", "--kernel", file("app.spt").toString(), Files.writeString(dir.resolve("c.json"), "{}").toString()));
        Path pid = dir.resolve("pid");
        for (int i = 0; i < 300 && !(Files.exists(pid) && Files.size(pid) > 0); i++) {
            Thread.sleep(100);
        }
        assertThat(pid).as(launch.stderr()).exists();
        ProcessHandle tender = ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).orElseThrow();

        launch.process().destroy(); // SIGTERM to rumpcfg alone
        assertThat(launch.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(launch.process().exitValue()).isEqualTo(143);
        assertThat(tender.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    @Test
    void imageWithoutGrubsToolsWritesNothingAndSaysWhatIsMissing() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path iso = dir.resolve("out.iso");
        RumpcfgJvm.Started image = finish(RumpcfgJvm.start(dir, "image", Map.of("PATH", empty.toString()), List.of("image",
                "--kernel", file("k").toString(), "-o", iso.toString(),
                Files.writeString(dir.resolve("c.json"), "{}").toString())));

        assertThat(image.process().exitValue()).isEqualTo(LaunchRunner.NOT_FOUND);
        assertThat(image.stderr()).startsWith("rumpcfg: grub-mkrescue needs xorriso").endsWith("nothing was written\n");
        assertThat(iso).doesNotExist();
    }

    @Test
    void aMissingHypervisorStartsNothingAndSaysWhereItComesFrom() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        List<String> args = new ArrayList<>(List.of("launch", "qemu", "--kernel", file("k").toString(),
                Files.writeString(dir.resolve("c.json"), "{}").toString()));
        RumpcfgJvm.Started launch = finish(RumpcfgJvm.start(dir, "launch", Map.of("PATH", empty.toString()), args));

        assertThat(launch.process().exitValue()).isEqualTo(LaunchRunner.NOT_FOUND);
        assertThat(launch.stderr()).isEqualTo("rumpcfg: qemu-system-x86_64 is not on the PATH; nothing was started"
                + " (Debian's package qemu-system-x86 has it)\n");
    }
}
