package io.rumpcfg.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The host programs the Linux platform drives the kernel with, looked for in the directories
 * Debian puts them in (never a caller's PATH: the platform runs as root).
 */
final class Tools {
    /** Where the tools are looked for, in this order; also the PATH the tools run with. */
    static final List<String> DIRS = List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");
    /** The tools every run needs, each with the Debian package that brings it. */
    private static final List<String[]> NEEDED = List.of(
            new String[] {"unshare", "util-linux"}, new String[] {"nsenter", "util-linux"},
            new String[] {"setsid", "util-linux"}, new String[] {"mount", "mount"},
            new String[] {"losetup", "mount"},
            new String[] {"ip", "iproute2"}, new String[] {"cat", "coreutils"},
            new String[] {"sh", "dash"}, new String[] {"ldd", "libc-bin"});
    /** The DHCP clients tried, in this order. */
    static final List<String> DHCP_CLIENTS = List.of("udhcpc", "dhclient", "dhcpcd");

    private Tools() {}

    /** The tool's path, when the host has it. */
    static Optional<Path> find(String name) {
        for (String dir : DIRS) {
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The path of a tool {@link #missing} found; call only after it returned nothing. */
    static String path(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(name + " is missing")).toString();
    }

    /** The PATH the tools run with. */
    static String searchPath() {
        return String.join(":", DIRS);
    }

    /**
     * What this machine lacks to make a guest, as one sentence, or nothing when it has it all:
     * root (the effective user 0, for namespaces, mounts and loop devices), /proc, and the tools.
     */
    static Optional<String> missing() {
        List<String> lacks = new ArrayList<>();
        Optional<String> uid = effectiveUid();
        if (uid.isEmpty()) {
            lacks.add("/proc (cannot read /proc/self/status)");
        } else if (!uid.get().equals("0")) {
            lacks.add("root (running as uid " + uid.get() + "; namespaces, mounts and loop devices need uid 0)");
        }
        for (String[] tool : NEEDED) {
            if (find(tool[0]).isEmpty()) {
                lacks.add(tool[0] + " (Debian package " + tool[1] + ")");
            }
        }
        return lacks.isEmpty() ? Optional.empty()
                : Optional.of("the Linux platform needs " + String.join(", ", lacks));
    }

    /** The effective uid from /proc/self/status ("Uid: real effective saved fs"). */
    private static Optional<String> effectiveUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("Uid:")) {
                    String[] f = line.substring(4).trim().split("\\s+");
                    return f.length > 1 ? Optional.of(f[1]) : Optional.empty();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
