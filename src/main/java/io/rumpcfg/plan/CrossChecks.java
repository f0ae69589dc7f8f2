package io.rumpcfg.plan;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Cidr;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.NetInterface;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole-configuration checks that need more than one section at a time.
 */
final class CrossChecks {
    /** Where a vnd device node's name starts: {@code /dev/vnd<unit><partition letters>}. */
    private static final String VND_NODE = "/dev/vnd";

    private CrossChecks() {}

    static List<Diagnostic> check(Config config) {
        List<Diagnostic> out = new ArrayList<>();
        vndMounts(config, out);
        devicesMountedTwice(config, out);
        nfsWithoutNetwork(config, out);
        gateways(config, out);
        addresses(config, out);
        return out;
    }

    /** NetBSD mounts a block device once: the second mount of it fails with EBUSY. */
    private static void devicesMountedTwice(Config config, List<Diagnostic> out) {
        Map<String, Mount> first = null; // made at the second blk mount: most configurations have one or none
        Mount only = null;
        for (Mount mount : config.mounts()) {
            if (!(mount.source() instanceof MountSource.BlkDevice)) {
                continue;
            }
            String device = ((MountSource.BlkDevice) mount.source()).device();
            if (only == null) {
                only = mount;
                continue;
            }
            if (first == null) {
                first = new HashMap<>();
                first.put(((MountSource.BlkDevice) only.source()).device(), only);
            }
            Mount earlier = first.putIfAbsent(device, mount);
            if (earlier != null) {
                out.add(Diagnostic.error(Code.DEVICE_MOUNTED_TWICE, mount.origin(), "mounts " + device
                        + ", which " + Codes.where(earlier.origin()) + " already mounts: a block device is mounted"
                        + " once, and a second mount of it fails (EBUSY)"));
            }
        }
    }

    /**
     * An NFS server is reached through an interface the configuration sets up: with none, only
     * a server on the guest's own loopback can be.
     */
    private static void nfsWithoutNetwork(Config config, List<Diagnostic> out) {
        if (!config.net().interfaces().isEmpty()) {
            return;
        }
        for (Mount mount : config.mounts()) {
            if (mount.source() instanceof MountSource.Nfs && !isLoopback((MountSource.Nfs) mount.source())) {
                out.add(Diagnostic.warning(Code.NFS_WITHOUT_NETWORK, mount.origin(), "mounts nfs from "
                        + ((MountSource.Nfs) mount.source()).path() + ", but no interface is configured"
                        + " (net.interfaces): the server cannot be reached"));
            }
        }
    }

    private static boolean isLoopback(MountSource.Nfs nfs) {
        String server = nfs.server();
        String bare = server.startsWith("[") && server.endsWith("]") ? server.substring(1, server.length() - 1) : server;
        Optional<IpAddress> address = IpAddress.parse(bare);
        if (address.isEmpty()) {
            return bare.equals("localhost");
        }
        byte[] bytes = address.get().toBytes();
        if (bytes.length == 4) {
            return bytes[0] == 127;
        }
        for (int k = 0; k < 15; k++) {
            if (bytes[k] != 0) {
                return false;
            }
        }
        return bytes[15] == 1;
    }

    /** A vnd exists only once configured; any other /dev node is hardware, taken on trust. */
    private static void vndMounts(Config config, List<Diagnostic> out) {
        Set<String> vnds = null; // the blks' names, gathered at the first vnd mounted: most configurations mount none
        for (Mount mount : config.mounts()) {
            if (!(mount.source() instanceof MountSource.BlkDevice)) {
                continue;
            }
            String device = ((MountSource.BlkDevice) mount.source()).device();
            Optional<String> unit = vndUnit(device);
            if (unit.isEmpty()) {
                continue;
            }
            if (vnds == null) {
                vnds = new HashSet<>();
                for (Blk blk : config.blk()) {
                    vnds.add(blk.name());
                }
            }
            if (!vnds.contains("vnd" + unit.get())) {
                out.add(Diagnostic.error(Code.VND_NOT_CONFIGURED, mount.origin(),
                        "mounts " + device + " but blk.vnd" + unit.get()
                                + " is not configured: a vnd exists only once configured"));
            }
        }
    }

    /**
     * The unit of a vnd device node, as written ({@code /dev/vnd0a} → {@code 0}): ASCII digits
     * after {@code /dev/vnd}, then nothing but partition letters {@code a}–{@code z}; empty for
     * any other path.
     */
    static Optional<String> vndUnit(String device) {
        if (!device.startsWith(VND_NODE)) {
            return Optional.empty();
        }
        int start = VND_NODE.length();
        int end = start;
        while (end < device.length() && device.charAt(end) >= '0' && device.charAt(end) <= '9') {
            end++;
        }
        if (end == start) {
            return Optional.empty();
        }
        for (int k = end; k < device.length(); k++) {
            if (device.charAt(k) < 'a' || device.charAt(k) > 'z') {
                return Optional.empty();
            }
        }
        return Optional.of(device.substring(start, end));
    }

    /**
     * Each static gateway against the static addresses of its family: not an interface's own
     * address, not an IPv4 subnet's broadcast address, and inside some static subnet unless an
     * address the guest asks for (dhcp, inet6 auto) may put it on one, or it is IPv6 link-local.
     */
    private static void gateways(Config config, List<Diagnostic> out) {
        if (config.net().gateways().isEmpty()) {
            return;
        }
        for (Gateway gateway : config.net().gateways()) {
            List<IfAddr> statics = new ArrayList<>();
            boolean leased = false;
            for (NetInterface iface : config.net().interfaces()) {
                for (IfAddr addr : iface.addrs()) {
                    if (addr.type() != gateway.type()) {
                        continue;
                    }
                    leased |= addr.method() != AddrMethod.STATIC;
                    if (addr.addr().isPresent()) {
                        statics.add(addr);
                        checkNotOwnOrBroadcast(gateway, iface, addr, out);
                    }
                }
            }
            if (!leased && !isLinkLocal(gateway.addr()) && !anyContains(statics, gateway.addr())) {
                out.add(unreachable(gateway, statics));
            }
        }
    }

    private static void checkNotOwnOrBroadcast(Gateway gateway, NetInterface iface, IfAddr addr, List<Diagnostic> out) {
        Cidr subnet = addr.addr().get();
        if (subnet.address().equals(gateway.addr())) {
            out.add(Diagnostic.warning(Code.GATEWAY_OWN_ADDRESS, gateway.origin(), "gateway " + gateway.addr()
                    + " is the address of " + iface.name() + " itself (" + Codes.where(addr.origin())
                    + "), not a router's: give the router's address"));
        } else if (isBroadcast(subnet, gateway.addr())) {
            out.add(Diagnostic.warning(Code.GATEWAY_BROADCAST, gateway.origin(), "gateway " + gateway.addr()
                    + " is the broadcast address of " + iface.name() + "'s subnet " + subnet
                    + ", not a router's: give the router's address"));
        }
    }

    private static Diagnostic unreachable(Gateway gateway, List<IfAddr> statics) {
        String family = gateway.type().token();
        String outside = statics.isEmpty()
                ? "no interface has a static " + family + " address"
                : "it is outside every static " + family + " subnet (" + joined(statics) + ")";
        String leasing = gateway.type() == AddressFamily.INET ? "no interface uses dhcp" : "no interface uses auto";
        return Diagnostic.warning(Code.GATEWAY_UNREACHABLE, gateway.origin(),
                "gateway " + gateway.addr() + " would be unreachable: " + outside + " and " + leasing);
    }

    /** The IPv4 subnet's broadcast address: every host bit set; a /31 or /32 has none (RFC 3021). */
    private static boolean isBroadcast(Cidr subnet, IpAddress address) {
        if (subnet.family() != AddressFamily.INET || subnet.prefix() > 30 || !subnet.contains(address)) {
            return false;
        }
        byte[] bytes = address.toBytes();
        for (int bit = subnet.prefix(); bit < 32; bit++) {
            if ((bytes[bit >>> 3] & (0x80 >>> (bit & 7))) == 0) {
                return false;
            }
        }
        return true;
    }

    /** fe80::/10: on the link of every interface with IPv6, whatever addresses it was given. */
    private static boolean isLinkLocal(IpAddress address) {
        byte[] bytes = address.toBytes();
        return bytes.length == 16 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0x80;
    }

    private static boolean anyContains(List<IfAddr> statics, IpAddress address) {
        for (IfAddr addr : statics) {
            if (addr.addr().get().contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static void addresses(Config config, List<Diagnostic> out) {
        if (config.net().interfaces().size() < 2) {
            return; // an address given twice on one interface is that interface's own business
        }
        Map<IpAddress, NetInterface> owner = new HashMap<>();
        for (NetInterface iface : config.net().interfaces()) {
            for (IfAddr addr : iface.addrs()) {
                if (addr.addr().isEmpty()) {
                    continue;
                }
                IpAddress ip = addr.addr().get().address();
                NetInterface earlier = owner.putIfAbsent(ip, iface);
                if (earlier != null && !earlier.name().equals(iface.name())) {
                    out.add(Diagnostic.error(Code.DUPLICATE_ADDRESS, addr.origin(),
                            ip + " is on two interfaces: " + iface.name() + " and " + earlier.name()
                                    + " at " + Codes.where(firstWith(earlier, ip).origin())));
                }
            }
        }
    }

    /**
     * The first address of {@code iface} at {@code ip}, which it has: found again when an error
     * names it rather than kept for every address in a second map.
     */
    private static IfAddr firstWith(NetInterface iface, IpAddress ip) {
        for (IfAddr addr : iface.addrs()) {
            if (addr.addr().isPresent() && addr.addr().get().address().equals(ip)) {
                return addr;
            }
        }
        throw new IllegalStateException(iface.name() + " has no address " + ip);
    }

    private static String joined(List<IfAddr> statics) {
        List<String> texts = new ArrayList<>();
        for (IfAddr addr : statics) {
            texts.add(addr.addr().get().toString());
        }
        return String.join(", ", texts);
    }
}
