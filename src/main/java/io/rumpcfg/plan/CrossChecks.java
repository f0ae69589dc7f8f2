package io.rumpcfg.plan;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Cidr;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The whole-configuration checks that need more than one section at a time. */
final class CrossChecks {
    /** A vnd device node: the unit, then partition letters. */
    private static final Pattern VND_NODE = Pattern.compile("/dev/vnd([0-9]+)[a-z]*");

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
        Set<String> vnds = new HashSet<>();
        for (Blk blk : config.blk()) {
            vnds.add(blk.name());
        }
        for (Mount mount : config.mounts()) {
            if (!(mount.source() instanceof MountSource.BlkDevice)) {
                continue;
            }
            String device = ((MountSource.BlkDevice) mount.source()).device();
            Matcher vnd = VND_NODE.matcher(device);
            if (vnd.matches() && !vnds.contains("vnd" + vnd.group(1))) {
                out.add(Diagnostic.error(Codes.VND_NOT_CONFIGURED, mount.origin(),
                        "mounts " + device + " but blk.vnd" + vnd.group(1)
                                + " is not configured: a vnd exists only once configured"));
            }
        }
    }

    private static void gateways(Config config, List<Diagnostic> out) {
        List<Cidr> subnets = new ArrayList<>();
        boolean dhcp = false;
        for (NetInterface iface : config.net().interfaces()) {
            for (IfAddr addr : iface.addrs()) {
                dhcp |= addr.method() == AddrMethod.DHCP;
                if (addr.type() == AddressFamily.INET) {
                    addr.addr().ifPresent(subnets::add);
                }
            }
        }
        if (dhcp) {
            return;
        }
        for (Gateway gateway : config.net().gateways()) {
            if (gateway.type() != AddressFamily.INET || subnets.stream().anyMatch(s -> s.contains(gateway.addr()))) {
                continue;
            }
            String outside = subnets.isEmpty()
                    ? "no interface has a static inet address"
                    : "it is outside every static inet subnet (" + joined(subnets) + ")";
            out.add(Diagnostic.warning(Codes.GATEWAY_UNREACHABLE, gateway.origin(),
                    "gateway " + gateway.addr() + " would be unreachable: " + outside + " and no interface uses dhcp"));
        }
    }

    private static void addresses(Config config, List<Diagnostic> out) {
        Map<IpAddress, NetInterface> owner = new HashMap<>();
        Map<IpAddress, IfAddr> firstSeen = new HashMap<>();
        for (NetInterface iface : config.net().interfaces()) {
            for (IfAddr addr : iface.addrs()) {
                if (addr.addr().isEmpty()) {
                    continue;
                }
                IpAddress ip = addr.addr().get().address();
                NetInterface earlier = owner.putIfAbsent(ip, iface);
                if (earlier == null) {
                    firstSeen.put(ip, addr);
                } else if (!earlier.name().equals(iface.name())) {
                    out.add(Diagnostic.error(Codes.DUPLICATE_ADDRESS, addr.origin(),
                            ip + " is on two interfaces: " + iface.name() + " and " + earlier.name()
                                    + " at " + Codes.where(firstSeen.get(ip).origin())));
                }
            }
        }
    }

    private static String joined(List<Cidr> subnets) {
        List<String> texts = new ArrayList<>();
        for (Cidr subnet : subnets) {
            texts.add(subnet.toString());
        }
        return String.join(", ", texts);
    }
}
