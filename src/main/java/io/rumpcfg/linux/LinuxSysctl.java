package io.rumpcfg.linux;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which sysctls a guest in Linux namespaces can set, and where: only those the kernel keeps
 * per namespace, written to the guest's {@code /proc/sys}. {@code kern.hostname} and
 * {@code kern.domainname} are the UTS namespace's; a {@code net.} name is the network
 * namespace's, either one of the NetBSD names below or a Linux name
 * ({@code net.ipv4.ip_forward}) whose file the kernel has. Any other would change the host,
 * and is refused. Per-process {@code proc.curproc.rlimit.*} become prlimit(1) limits.
 */
final class LinuxSysctl {
    /** NetBSD names with a Linux twin in the network namespace. */
    private static final Map<String, String> NETBSD_NET = Map.of(
            "net.inet.ip.forwarding", "net/ipv4/ip_forward",
            "net.inet.ip.ttl", "net/ipv4/ip_default_ttl",
            "net.inet6.ip6.forwarding", "net/ipv6/conf/all/forwarding",
            "net.inet6.ip6.accept_rtadv", "net/ipv6/conf/all/accept_ra");
    private static final Map<String, String> UTS = Map.of(
            "kern.hostname", "kernel/hostname",
            "kern.domainname", "kernel/domainname");
    /** NetBSD's rlimit resources and prlimit(1)'s option for each; sbsize and maxlwp have none. */
    static final Map<String, String> RLIMITS = Map.ofEntries(
            Map.entry("cputime", "cpu"), Map.entry("filesize", "fsize"), Map.entry("datasize", "data"),
            Map.entry("stacksize", "stack"), Map.entry("coredumpsize", "core"), Map.entry("memoryuse", "rss"),
            Map.entry("memorylocked", "memlock"), Map.entry("maxproc", "nproc"), Map.entry("descriptors", "nofile"),
            Map.entry("vmemoryuse", "as"));
    static final String CURPROC = "proc.curproc.";
    private static final String RLIMIT = CURPROC + "rlimit.";

    private LinuxSysctl() {}

    /** The file under /proc/sys for a global sysctl, when the guest may set it. */
    static Optional<String> procSys(String key) {
        if (UTS.containsKey(key)) {
            return Optional.of(UTS.get(key));
        }
        if (NETBSD_NET.containsKey(key)) {
            return Optional.of(NETBSD_NET.get(key));
        }
        if (key.startsWith("net.")) {
            String file = key.replace('.', '/');
            return Files.isRegularFile(Path.of("/proc/sys", file)) ? Optional.of(file) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Why a global sysctl is refused, when it is. */
    static Optional<String> refusal(String key) {
        if (procSys(key).isPresent()) {
            return Optional.empty();
        }
        if (key.startsWith("net.")) {
            return Optional.of("the Linux platform has no network sysctl " + key + ": neither a NetBSD name it translates "
                    + NETBSD_NET.keySet().stream().sorted().toList() + " nor a file under /proc/sys/net");
        }
        return Optional.of("the Linux platform sets only the sysctls a Linux namespace keeps for the guest "
                + "(kern.hostname, kern.domainname, net.*); " + key + " would change the host");
    }

    /** Why a per-process sysctl is refused, when it is. */
    static Optional<String> processRefusal(String key) {
        if (key.startsWith(RLIMIT)) {
            String[] f = key.substring(RLIMIT.length()).split("\\.");
            if (f.length == 2 && RLIMITS.containsKey(f[0]) && (f[1].equals("soft") || f[1].equals("hard"))) {
                return Optional.empty();
            }
        }
        return Optional.of("the Linux platform sets only rlimits per process (" + RLIMIT + "{"
                + String.join(",", RLIMITS.keySet().stream().sorted().toList()) + "}.{soft,hard}); not " + key);
    }

    /** prlimit(1) options for per-process sysctls the guest may set: --nofile=SOFT:HARD, one side left empty. */
    static List<String> prlimitOptions(Map<String, String> sysctl) {
        Map<String, String[]> limits = new LinkedHashMap<>();
        sysctl.forEach((key, value) -> {
            String[] f = key.substring(RLIMIT.length()).split("\\.");
            String[] pair = limits.computeIfAbsent(RLIMITS.get(f[0]), k -> new String[] {"", ""});
            pair[f[1].equals("soft") ? 0 : 1] = value;
        });
        List<String> out = new ArrayList<>();
        limits.forEach((option, pair) -> out.add("--" + option + "=" + pair[0] + ":" + pair[1]));
        return out;
    }
}
