package io.rumpcfg.linux;

import java.util.ArrayList;
import java.util.List;

/** Commands that run inside the guest's namespaces, or the peers' network namespace, through nsenter. */
final class Nsenter {
    private final long guest;
    private final long peers;

    Nsenter(long guest, long peers) {
        this.guest = guest;
        this.peers = peers;
    }

    private static List<String> prefix(long pid, String... namespaces) {
        List<String> out = new ArrayList<>();
        out.add(Tools.path("nsenter"));
        out.add("--target");
        out.add(Long.toString(pid));
        out.addAll(List.of(namespaces));
        out.add("--");
        return out;
    }

    private static List<String> with(List<String> prefix, List<String> command) {
        List<String> out = new ArrayList<>(prefix);
        out.addAll(command);
        return out;
    }

    /** In the guest's mount namespace (host tools, the guest's mounts; the root is the host's). */
    List<String> mountNs(List<String> command) {
        return with(prefix(guest, "--mount"), command);
    }

    /** In the guest's mount, network and PID namespaces: for mounts (proc and nfs need the last two). */
    List<String> mounting(List<String> command) {
        return with(prefix(guest, "--mount", "--net", "--pid"), command);
    }

    /** In the guest's network namespace. */
    List<String> net(List<String> command) {
        return with(prefix(guest, "--net"), command);
    }

    /** In the guest's network and PID namespaces: for a DHCP client that may stay behind as a daemon. */
    List<String> netAndPid(List<String> command) {
        return with(prefix(guest, "--net", "--pid"), command);
    }

    /** In the guest's UTS, network and mount namespaces: for its /proc/sys. */
    List<String> sysctl(List<String> command) {
        return with(prefix(guest, "--mount", "--uts", "--net"), command);
    }

    /** In the peers' network namespace, where the host end of each interface lives. */
    List<String> peers(List<String> command) {
        return with(prefix(peers, "--net"), command);
    }

    /**
     * A guest program: every namespace of the guest, its root and its working directory (a
     * guest path), both reached through the holder's root so that they are the guest's mount
     * namespace's.
     */
    List<String> program(String root, String workdir, List<String> command) {
        String base = "/proc/" + guest + "/root";
        List<String> out = new ArrayList<>();
        out.add(Tools.path("nsenter"));
        out.add("--target");
        out.add(Long.toString(guest));
        out.addAll(List.of("--mount", "--uts", "--ipc", "--net", "--pid"));
        out.add("--root=" + base + root);
        out.add("--wd=" + base + root + (workdir.equals("/") ? "" : workdir));
        out.add("--");
        out.addAll(command);
        return out;
    }

    long guestPid() {
        return guest;
    }

    long peersPid() {
        return peers;
    }
}
