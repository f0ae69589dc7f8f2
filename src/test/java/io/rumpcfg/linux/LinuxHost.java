package io.rumpcfg.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * What the Linux platform's tests need of the machine, and what they check on it: the host's
 * network, mounts, host name, loop devices and processes, before and after a run.
 * Requirements are skipped where missing, except in CI (CI=true), where .ci/run installs them.
 */
public final class LinuxHost {
    private LinuxHost() {}

    /** Root and the platform's tools, or the test fails in CI and is skipped elsewhere. */
    public static void requirePlatform() {
        Optional<String> missing = LinuxPlatform.missing();
        if (missing.isPresent()) {
            skipOrFail(missing.get());
        }
    }

    /** A tool the test itself runs (dnsmasq, udhcpc, mkfs.ext2), by its Debian package. */
    public static Path requireTool(String name, String debianPackage) {
        requirePlatform();
        Optional<Path> p = Tools.find(name);
        if (p.isEmpty()) {
            skipOrFail(name + " is not installed (Debian package " + debianPackage + ")");
        }
        return p.orElseThrow();
    }

    private static void skipOrFail(String why) {
        if ("true".equals(System.getenv("CI"))) {
            fail(why + "; CI must provide it (.ci/run)");
        }
        assumeTrue(false, why);
    }

    /** Runs a host command to its end; fails the test unless it exits 0. Returns its stdout. */
    public static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s ended", List.of(command)).isTrue();
        assertThat(p.exitValue()).as("%s: %s", List.of(command), out).isZero();
        return out;
    }

    /** An ext2 image of {@code sizeKiB} KiB holding the files of {@code dir}, made by mkfs.ext2. */
    public static Path ext2Image(Path image, Path dir, int sizeKiB) throws IOException, InterruptedException {
        Path mkfs = requireTool("mkfs.ext2", "e2fsprogs");
        run(mkfs.toString(), "-q", "-F", "-d", dir.toString(), image.toString(), sizeKiB + "k");
        return image;
    }

    /** The host as a run must leave it: interfaces, addresses, routes, host name, mounts, loop devices. */
    public record Snapshot(String links, String addresses, String routes, String routes6, String hostname,
            TreeSet<String> mounts, String loops) {}

    public static Snapshot snapshot() throws IOException, InterruptedException {
        TreeSet<String> mounts = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
            mounts.add(line.split(" ")[4]); // the mount point
        }
        return new Snapshot(run("ip", "-o", "link"), run("ip", "-o", "addr"), run("ip", "route"), run("ip", "-6", "route"),
                Files.readString(Path.of("/proc/sys/kernel/hostname")), mounts, run(Tools.path("losetup"), "-a"));
    }

    /** Every process whose root directory is {@code root}: a guest program still alive. */
    public static List<Long> processesRootedAt(Path root) throws IOException {
        String real = root.toRealPath().toString();
        List<Long> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path e : entries) {
                try {
                    if (Files.readSymbolicLink(e.resolve("root")).toString().equals(real)) {
                        found.add(Long.parseLong(e.getFileName().toString()));
                    }
                } catch (IOException gone) {
                    // the process ended while it was looked at
                }
            }
        }
        return found;
    }

    /** Whether a process with this PID lives (a zombie counts as gone). */
    public static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String state = stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
            return !state.equals("Z") && !state.equals("X");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
