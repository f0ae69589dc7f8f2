package io.rumpcfg.convert;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.NetInterface;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The older format's {@code net} objects: one per interface address, the first of an
 * interface to create carrying {@code cloner} (any value creates it; a second would create
 * it again). A gateway is the {@code gw} of the first static address of its family, the only
 * place the older format has for it. master's guests take one interface.
 */
final class OlderNet {
    private final OlderOptions options;
    private final Losses losses;

    OlderNet(OlderOptions options, Losses losses) {
        this.options = options;
        this.losses = losses;
    }

    /** The net objects, in interface then address order, each a map of its string members. */
    List<Map<String, String>> nets(Config config) {
        if (config.net().dns().isPresent()) {
            losses.cannot(config.net().dns().get().origin(), "the older format has no DNS settings");
        }
        List<Map<String, String>> out = new ArrayList<>();
        List<NetInterface> interfaces = config.net().interfaces();
        for (int k = 0; k < interfaces.size(); k++) {
            NetInterface iface = interfaces.get(k);
            if (k > 0 && options.dialect() == OlderDialect.MASTER) {
                losses.cannot(iface.origin(), "the older format is written here for master, one interface");
                continue;
            }
            if (iface.addrs().isEmpty()) {
                losses.cannot(iface.origin(), "an older net entry is an address: it needs one");
                continue;
            }
            boolean first = true;
            for (IfAddr addr : iface.addrs()) {
                Map<String, String> net = new LinkedHashMap<>();
                net.put("if", iface.name());
                if (first && iface.create()) {
                    net.put("cloner", "true");
                }
                first = false;
                net.put("type", addr.type().token());
                net.put("method", addr.method().token());
                if (addr.addr().isPresent()) {
                    net.put("addr", addr.addr().get().address().toString());
                    net.put("mask", Integer.toString(addr.addr().get().prefix()));
                }
                out.add(net);
            }
        }
        // master adds a gw when it reaches its net object, through the subnets configured so
        // far: on the object whose own address's subnet holds it, the gateway is reachable.
        for (Gateway gw : config.net().gateways()) {
            Map<String, String> onto = null;
            for (Map<String, String> n : out) {
                if (n.get("type").equals(gw.type().token()) && n.get("method").equals(AddrMethod.STATIC.token())
                        && !n.containsKey("gw") && gw.addr().sameSubnet(IpAddress.parse(n.get("addr")).orElseThrow(),
                                Integer.parseInt(n.get("mask")))) {
                    onto = n;
                    break;
                }
            }
            if (onto == null) {
                losses.cannot(gw.origin(), "the older format gives a gateway only with a static address of its"
                        + " family, and master adds it through that address's subnet: none holds " + gw.addr());
            } else {
                onto.put("gw", gw.addr().toString());
            }
        }
        return out;
    }
}
