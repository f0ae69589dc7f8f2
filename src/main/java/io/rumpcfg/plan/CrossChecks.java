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
        gateways(config, out);
        addresses(config, out);
        return out;
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

    private static void gateways(Config config, List<Diagnostic> out) {
        if (config.net().gateways().isEmpty()) {
            return;
        }
        List<Cidr> subnets = new ArrayList<>();
        boolean dhcp = false;
        for (NetInterface iface : config.net().interfaces()) {
            for (IfAddr addr : iface.addrs()) {
                dhcp |= addr.method() == AddrMethod.DHCP;
                if (addr.type() == AddressFamily.INET && addr.addr().isPresent()) {
                    subnets.add(addr.addr().get());
                }
            }
        }
        if (dhcp) {
            return;
        }
        for (Gateway gateway : config.net().gateways()) {
            if (gateway.type() != AddressFamily.INET || anyContains(subnets, gateway.addr())) {
                continue;
            }
            String outside = subnets.isEmpty()
                    ? "no interface has a static inet address"
                    : "it is outside every static inet subnet (" + joined(subnets) + ")";
            out.add(Diagnostic.warning(Code.GATEWAY_UNREACHABLE, gateway.origin(),
                    "gateway " + gateway.addr() + " would be unreachable: " + outside + " and no interface uses dhcp"));
        }
    }

    private static boolean anyContains(List<Cidr> subnets, IpAddress address) {
        for (Cidr subnet : subnets) {
            if (subnet.contains(address)) {
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

    private static String joined(List<Cidr> subnets) {
        List<String> texts = new ArrayList<>();
        for (Cidr subnet : subnets) {
            texts.add(subnet.toString());
        }
        return String.join(", ", texts);
    }
}
