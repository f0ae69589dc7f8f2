package io.rumpcfg.parse;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Cidr;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.Net;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code net} objects of an older document, each configuring one address of one
 * interface when the guest reaches it: its gateway is added then, through the subnets
 * configured so far.
 */
final class MasterNet {
    private final MasterReading r;
    private final JsmnTokens t;
    private final Problems problems;
    private final Map<String, Interface> interfaces = new LinkedHashMap<>();
    private final List<Gateway> gateways = new ArrayList<>();
    /** The static addresses configured so far, in order: what a gateway can be reached through. */
    private final List<Cidr> subnets = new ArrayList<>();
    private final List<AddressFamily> dynamic = new ArrayList<>();

    /** An interface gathered from the net objects that name it. */
    private static final class Interface {
        final Origin origin;
        boolean created;
        final List<IfAddr> addrs = new ArrayList<>();

        Interface(Origin origin) {
            this.origin = origin;
        }
    }

    MasterNet(MasterReading r) {
        this.r = r;
        this.t = r.t;
        this.problems = r.problems;
    }

    Net net() {
        List<NetInterface> ifs = new ArrayList<>();
        for (Map.Entry<String, Interface> e : interfaces.entrySet()) {
            Interface f = e.getValue();
            ifs.add(new NetInterface(e.getKey(), f.created, f.addrs, f.origin));
        }
        return new Net(ifs, gateways, Optional.empty());
    }

    int net(ElementPath path, int key, int value) {
        Map<String, Integer> f = r.members(MasterKeys.NET, "net", path, value);
        if (f == null) {
            return -1;
        }
        int next = value + 2 * t.size(value) + 1;
        Integer ifname = f.get("if");
        Integer type = f.get("type");
        Integer method = f.get("method");
        if (ifname == null || type == null || method == null) {
            r.halt(path, value, "a net object without " + MasterReading.missing(f, "if", "type", "method")
                    + ": the guest halts (\"net cfg missing vital data\")");
            return -1;
        }
        String name = t.text(ifname);
        Origin origin = new Origin(path, r.at(key));
        if (!Syntax.isInterfaceName(name)) {
            r.halt(path.key(r.key(ifname)), ifname, "no interface is named " + Problems.quote(name)
                    + ": the guest cannot configure it (a name is letters, then a unit number: \"vioif0\")");
            return -1;
        }
        Integer cloner = f.get("cloner");
        Interface iface = interfaces.get(name);
        if (cloner != null && iface != null && iface.created) {
            r.halt(path.key(r.key(cloner)), cloner, "a second cloner for " + name
                    + ": the interface exists already, so creating it fails (EEXIST)");
            return -1;
        }
        String family = t.text(type);
        AddressFamily fam = family.equals("inet") ? AddressFamily.INET : family.equals("inet6") ? AddressFamily.INET6 : null;
        if (fam == null) {
            r.halt(path.key(r.key(type)), type, "network type " + Problems.quote(family) + " is neither \"inet\" nor \"inet6\"");
            return -1;
        }
        String how = t.text(method);
        String automatic = fam == AddressFamily.INET ? "dhcp" : "auto";
        if (!how.equals(automatic) && !how.equals("static")) {
            r.halt(path.key(r.key(method)), method, "method " + Problems.quote(how) + " for " + family + " is neither \"static\" nor \""
                    + automatic + "\"");
            return -1;
        }
        IfAddr addr;
        if (how.equals(automatic)) {
            for (String ignored : List.of("addr", "mask", "gw")) {
                Integer v = f.get(ignored);
                if (v != null) {
                    problems.olderIgnored(path.key(r.key(v)), r.at(v - 1), ignored, "with method " + how);
                }
            }
            addr = new IfAddr(fam, fam == AddressFamily.INET ? AddrMethod.DHCP : AddrMethod.AUTO, Optional.empty(), origin);
            dynamic.add(fam);
        } else {
            Optional<IfAddr> fixed = staticAddr(f, path, fam, origin);
            if (fixed.isEmpty()) {
                return -1;
            }
            addr = fixed.get();
        }
        if (iface == null) {
            iface = new Interface(origin);
            interfaces.put(name, iface);
        }
        iface.created |= cloner != null;
        iface.addrs.add(addr);
        if (addr.method() == AddrMethod.STATIC && !gateway(f, path, fam)) {
            return -1;
        }
        return next;
    }

    private Optional<IfAddr> staticAddr(Map<String, Integer> f, ElementPath path, AddressFamily fam, Origin origin) {
        Integer addr = f.get("addr");
        Integer mask = f.get("mask");
        if (addr == null || mask == null) {
            r.halt(path, addr == null ? f.get("type") : addr, "a static address without " + MasterReading.missing(f, "addr", "mask")
                    + ": the guest halts (\"static net cfg missing addr or mask\")");
            return Optional.empty();
        }
        String text = t.text(addr);
        Optional<IpAddress> ip = IpAddress.parse(text, fam);
        if (ip.isEmpty()) {
            r.halt(path.key(r.key(addr)), addr, Problems.quote(text) + " is not an " + fam.token()
                    + " address: ifconfig fails and the guest halts");
            return Optional.empty();
        }
        String maskText = t.text(mask);
        long prefix = GuestText.atoi(maskText);
        ElementPath maskAt = path.key(r.key(mask));
        if (!String.valueOf(prefix).equals(maskText)) {
            problems.olderAtoi(maskAt, r.at(mask), maskText, prefix);
        }
        int bits = fam.bits();
        if (prefix < 0 || prefix > bits || (fam == AddressFamily.INET6 && prefix % 8 != 0)) {
            r.halt(maskAt, mask, "prefix length " + prefix + (fam == AddressFamily.INET6 && prefix >= 0 && prefix <= bits
                    ? " is not a multiple of 8, which the guest's inet6 netconfig refuses"
                    : " is out of range for " + fam.token() + " (0 to " + bits + ")") + ": the guest halts");
            return Optional.empty();
        }
        if (fam == AddressFamily.INET && prefix == 1) {
            problems.olderMaskOne(maskAt, r.at(mask), text);
        }
        if (fam == AddressFamily.INET && prefix == 0) {
            // netconfig makes the netmask as ~0 << (32 - prefix); x86 shifts by the count mod 32,
            // so prefix 0 is a netmask of all ones.
            problems.olderMaskZero(maskAt, r.at(mask), text);
            prefix = 32;
        }
        Cidr cidr = new Cidr(ip.get(), (int) prefix);
        subnets.add(cidr);
        return Optional.of(new IfAddr(fam, AddrMethod.STATIC, Optional.of(cidr), origin));
    }

    /** A static address's {@code gw}, added as the guest adds it: now, through what is configured so far. */
    private boolean gateway(Map<String, Integer> f, ElementPath path, AddressFamily fam) {
        Integer gw = f.get("gw");
        if (gw == null) {
            return true;
        }
        ElementPath gwAt = path.key(r.key(gw));
        String text = t.text(gw);
        Optional<IpAddress> ip = IpAddress.parse(text, fam);
        if (ip.isEmpty()) {
            r.halt(gwAt, gw, Problems.quote(text) + " is not an " + fam.token() + " address: adding the gateway fails");
            return false;
        }
        for (Gateway g : gateways) {
            if (g.type() == fam) {
                r.halt(gwAt, gw, "a second " + fam.token() + " gateway: the guest's default route exists already (at "
                        + g.origin().position() + "), so adding it fails (EEXIST)");
                return false;
            }
        }
        boolean reachable = false;
        for (Cidr subnet : subnets) {
            reachable |= subnet.family() == fam && subnet.contains(ip.get());
        }
        if (!reachable && !dynamic.contains(fam)) {
            r.halt(gwAt, gw, "gateway " + text + " is on no subnet configured so far: the guest adds it when it reaches"
                    + " this net object, and adding it fails (the network is unreachable)");
            return false;
        }
        if (!reachable) {
            problems.olderGatewayLease(gwAt, r.at(gw), text);
        }
        gateways.add(new Gateway(fam, ip.get(), new Origin(gwAt, r.at(gw))));
        return true;
    }
}
