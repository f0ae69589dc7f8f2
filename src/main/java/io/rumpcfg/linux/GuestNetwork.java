package io.rumpcfg.linux;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guest's interfaces: each the guest end of a veth pair whose other end, {@code peerN}
 * (N counting the interfaces in the order the run first names them, from 0), lives in the
 * peers' network namespace, made for the run or given by the caller, and is attached there to
 * the caller's bridge when one is named. Nothing is ever attached to the machine's own
 * interfaces. Addresses and routes are set with {@code ip}; DHCP runs a client found on the
 * machine, which only reports its lease: the address and route are then set here.
 */
final class GuestNetwork {
    /** The prefix of the host end's name. */
    static final String PEER_PREFIX = "peer";
    /** Linux's IFNAMSIZ less the terminating NUL. */
    private static final int MAX_IFNAME = 15;

    private final Nsenter ns;
    private final Optional<String> bridge;
    private final long dhcpTimeoutMs;
    private final Path scratch;
    /** Guest interface → its host end, in the order made. */
    private final Map<String, String> peers = new LinkedHashMap<>();
    private final List<String> created = new ArrayList<>();
    /** What was set, for the dump: "vioif0 inet 10.0.0.2/24", "default via 10.0.0.1". */
    private final List<String> applied = new ArrayList<>();

    GuestNetwork(Nsenter ns, Optional<String> bridge, long dhcpTimeoutMs, Path scratch) {
        this.ns = ns;
        this.bridge = bridge;
        this.dhcpTimeoutMs = dhcpTimeoutMs;
        this.scratch = scratch;
    }

    /** Brings the guest's loopback up, as a rumprun guest has lo0. */
    void start() throws PlatformException {
        HostCommand.check(ns.net(List.of(Tools.path("ip"), "link", "set", "lo", "up")), "ip link set lo up");
    }

    void ifcreate(String ifname) throws PlatformException {
        if (peers.containsKey(ifname)) {
            throw new PlatformException(Errno.EEXIST, ifname + ": the interface exists");
        }
        ensure(ifname);
        created.add(ifname);
    }

    /** Makes the interface's veth pair on first mention, both ends up. */
    private void ensure(String ifname) throws PlatformException {
        if (peers.containsKey(ifname)) {
            return;
        }
        if (ifname.length() > MAX_IFNAME || ifname.contains("/") || ifname.isBlank()) {
            throw new PlatformException(Errno.EINVAL, ifname + ": not a Linux interface name (at most 15 characters, no /)");
        }
        String peer = PEER_PREFIX + peers.size();
        String ip = Tools.path("ip");
        HostCommand.check(ns.peers(List.of(ip, "link", "add", peer, "type", "veth", "peer", "name", ifname,
                "netns", Long.toString(ns.guestPid()))), "veth " + ifname + " (host end " + peer + ")");
        peers.put(ifname, peer);
        if (bridge.isPresent()) {
            HostCommand.check(ns.peers(List.of(ip, "link", "set", peer, "master", bridge.get())),
                    peer + ": attach to bridge " + bridge.get());
        }
        HostCommand.check(ns.peers(List.of(ip, "link", "set", peer, "up")), peer + " up");
        HostCommand.check(ns.net(List.of(ip, "link", "set", ifname, "up")), ifname + " up");
    }

    void ifaddr(String ifname, String address, int prefix, boolean inet6) throws PlatformException {
        ensure(ifname);
        List<String> cmd = new ArrayList<>(List.of(Tools.path("ip"), inet6 ? "-6" : "-4", "addr", "add",
                address + "/" + prefix, "dev", ifname));
        if (inet6) {
            cmd.add("nodad"); // usable at once, as a static address on a rumprun guest is
        }
        HostCommand.check(ns.net(cmd), ifname + " " + address + "/" + prefix);
        applied.add(ifname + (inet6 ? " inet6 " : " inet ") + address + "/" + prefix);
    }

    void gateway(String address, boolean inet6) throws PlatformException {
        HostCommand.check(ns.net(List.of(Tools.path("ip"), inet6 ? "-6" : "-4", "route", "add", "default", "via", address)),
                "default route via " + address);
        applied.add("default via " + address);
    }

    /** SLAAC: the kernel takes router advertisements on the interface and forms its address. */
    void auto6(String ifname) throws PlatformException {
        ensure(ifname);
        for (String key : List.of("accept_ra", "autoconf")) {
            String file = "/proc/sys/net/ipv6/conf/" + ifname + "/" + key;
            HostCommand.check(ns.sysctl(List.of(Tools.path("sh"), "-c", "printf '%s\\n' 1 > \"$1\"", "sh", file)),
                    ifname + ": " + key);
        }
        applied.add(ifname + " inet6 auto");
    }

    /** DHCPv4 through a client found on the machine, once: the lease's address and router are set here. */
    void dhcp4(String ifname) throws PlatformException {
        ensure(ifname);
        Optional<String> client = Tools.DHCP_CLIENTS.stream().filter(c -> Tools.find(c).isPresent()).findFirst();
        if (client.isEmpty()) {
            throw new PlatformException(Errno.ENOSYS, ifname + ": dhcp needs a DHCP client, and the machine has none of "
                    + Tools.DHCP_CLIENTS + " (Debian packages udhcpc, isc-dhcp-client)");
        }
        Path lease = scratch.resolve("lease-" + ifname);
        Path script = scratch.resolve("dhcp-script");
        writeScript(script, lease);
        List<String> cmd = new ArrayList<>();
        cmd.add(Tools.path(client.get()));
        long seconds = Math.max(1, dhcpTimeoutMs / 1000);
        if (client.get().equals("udhcpc")) {
            // foreground, quit with the lease, fail without one; tries every 2 s
            cmd.addAll(List.of("-f", "-q", "-n", "-i", ifname, "-s", script.toString(),
                    "-t", Long.toString(Math.max(1, seconds / 2)), "-T", "2", "-A", "1"));
        } else {
            cmd.addAll(List.of("-1", "-4", "-sf", script.toString(), "-lf", scratch.resolve("dhclient.leases").toString(),
                    "-pf", scratch.resolve("dhclient.pid").toString(), ifname));
        }
        HostCommand.Result r = HostCommand.run(ns.netAndPid(cmd), dhcpTimeoutMs + 5000);
        String text;
        try {
            text = Files.exists(lease) ? Files.readString(lease, StandardCharsets.UTF_8).trim() : "";
            Files.deleteIfExists(lease);
        } catch (IOException e) {
            throw new PlatformException(Errno.EIO, ifname + ": cannot read the lease: " + e.getMessage(), e);
        }
        if (text.isEmpty()) {
            throw new PlatformException(Errno.ETIMEDOUT, ifname + ": no DHCP lease (" + client.get() + " exited "
                    + r.exit() + (r.message().isEmpty() ? "" : ": " + r.message()) + ")");
        }
        String[] f = text.split(" ", -1);
        String address = f[0];
        int prefix = prefixOf(f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : "");
        ifaddr(ifname, address, prefix, false);
        applied.set(applied.size() - 1, ifname + " inet " + address + "/" + prefix + " (dhcp, " + client.get() + ")");
        if (f.length > 3 && !f[3].isBlank()) {
            String router = f[3].split(" ")[0];
            HostCommand.check(ns.net(List.of(Tools.path("ip"), "-4", "route", "replace", "default", "via", router, "dev", ifname)),
                    ifname + ": default route via " + router + " from the lease");
            applied.add("default via " + router + " (dhcp)");
        }
    }

    /**
     * The clients' script: it only writes the lease's address, prefix (or mask) and router to
     * a file. udhcpc passes the event as $1 and ip/mask/router; dhclient $reason and new_*.
     */
    private static void writeScript(Path script, Path lease) throws PlatformException {
        String text = "#!/bin/sh\n"
                + "case \"$1$reason\" in\n"
                + "  bound|renew|BOUND|REBOOT|RENEW|REBIND)\n"
                + "    printf '%s %s %s %s\\n' \"${ip:-$new_ip_address}\" \"${mask:-}\" \"${subnet:-$new_subnet_mask}\" "
                + "\"${router:-$new_routers}\" > '" + lease + "' ;;\n"
                + "esac\n"
                + "exit 0\n";
        try {
            Files.writeString(script, text, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new PlatformException(Errno.EIO, "cannot write the DHCP client's script: " + e.getMessage(), e);
        }
    }

    /** The prefix from udhcpc's $mask (a number), or from a dotted mask. */
    private static int prefixOf(String prefix, String dotted) {
        if (prefix.matches("[0-9]{1,2}")) {
            return Integer.parseInt(prefix);
        }
        int bits = 0;
        for (String octet : dotted.split("\\.")) {
            try {
                bits += Integer.bitCount(Integer.parseInt(octet) & 0xff);
            } catch (NumberFormatException e) {
                return 32;
            }
        }
        return bits == 0 ? 32 : bits;
    }

    /** The host end of each interface: guest name → peer name. */
    Map<String, String> peers() {
        return Map.copyOf(peers);
    }

    List<String> created() {
        return List.copyOf(created);
    }

    List<String> applied() {
        return List.copyOf(applied);
    }
}
