package io.rumpcfg.parse;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Cidr;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.NetInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code net}: interfaces with their addresses, gateways (one per family), and dns. */
final class NetReader {
    enum NetKey implements Shape.Key { INTERFACES, GATEWAYS, DNS }

    enum InterfaceKey implements Shape.Key { CREATE, ADDRS }

    enum AddrKey implements Shape.Key { TYPE, METHOD, ADDR }

    enum GatewayKey implements Shape.Key { TYPE, ADDR }

    private static final Shape<NetKey> NET = Shape.of("net", NetKey.values());
    private static final Shape<InterfaceKey> INTERFACE = Shape.of("an interface", InterfaceKey.values());
    private static final Shape<AddrKey> ADDRESS = Shape.of("an interface address", AddrKey.values());
    private static final Shape<GatewayKey> GATEWAY = Shape.of("a gateway", GatewayKey.values());
    static final List<String> KEYS = NET.names();
    private static final List<String> FAMILIES = familyTokens();
    private static final List<String> METHODS = methodTokens(null);
    /** The constants, copied once: {@code values()} copies them at each call. */
    private static final AddressFamily[] FAMILY_VALUES = AddressFamily.values();
    private static final AddrMethod[] METHOD_VALUES = AddrMethod.values();

    private final Reading reading;
    private final Tape tape;

    NetReader(Reading reading) {
        this.reading = reading;
        this.tape = reading.tape;
    }

    /** Adds interfaces and gateways to the lists given; returns the dns, if this {@code net} has one. */
    Optional<Dns> read(int value, ElementPath path, ArrayList<NetInterface> interfaces, List<Gateway> gateways) {
        if (!reading.object(value, path)) {
            return Optional.empty();
        }
        Members<NetKey> f = reading.members(value, path, NET);
        int ifs = f.value(NetKey.INTERFACES);
        if (ifs != Tape.NONE) {
            ElementPath ip = path.key("interfaces");
            if (reading.object(ifs, ip)) {
                int[] entries = reading.entries(ifs, ip);
                reading.unique.keys(UniqueNames.Kind.INTERFACE, ip, entries);
                interfaces.ensureCapacity(interfaces.size() + entries.length);
                for (int m : entries) {
                    Optional<NetInterface> iface = iface(m, ip.key(tape.text(m)));
                    if (iface.isPresent()) {
                        interfaces.add(iface.get());
                    }
                }
            }
        }
        int gws = f.value(NetKey.GATEWAYS);
        if (gws != Tape.NONE) {
            ElementPath gp = path.key("gateways");
            if (reading.array(gws, gp)) {
                int i = 0;
                for (int item = tape.first(gws); item != Tape.NONE; item = tape.next(item)) {
                    Optional<Gateway> gateway = gateway(item, gp.index(i++));
                    if (gateway.isPresent()) {
                        gateways.add(gateway.get());
                    }
                }
            }
        }
        int dns = f.member(NetKey.DNS);
        if (dns == Tape.NONE) {
            return Optional.empty();
        }
        ElementPath dp = path.key("dns");
        reading.unique.name(UniqueNames.Kind.DNS, dp, dns);
        return new DnsReader(reading).read(Tape.value(dns), dp);
    }

    /** The interface of member {@code m}; empty, reported, when it is wrong. */
    private Optional<NetInterface> iface(int m, ElementPath at) {
        String name = tape.text(m);
        boolean ok = Syntax.isInterfaceName(name);
        if (!ok) {
            reading.problems.badValue(at, tape.position(m), name,
                    "an interface name (a driver name and a unit number, at most 15 characters: \"vioif0\")");
        }
        int obj = Tape.value(m);
        if (!reading.object(obj, at)) {
            return Optional.empty();
        }
        Members<InterfaceKey> f = reading.members(obj, at, INTERFACE);
        boolean create = false;
        int createValue = f.value(InterfaceKey.CREATE);
        if (createValue != Tape.NONE) {
            Optional<Boolean> c = reading.bool(createValue, at.key("create"));
            ok &= c.isPresent();
            create = c.orElse(false);
        }
        int arr = f.value(InterfaceKey.ADDRS);
        List<IfAddr> addrs = List.of();
        if (arr != Tape.NONE) {
            ElementPath ap = at.key("addrs");
            boolean isArray = reading.array(arr, ap);
            ok &= isArray;
            IfAddr[] read = new IfAddr[isArray ? tape.count(arr) : 0];
            int i = 0;
            for (int item = isArray ? tape.first(arr) : Tape.NONE; item != Tape.NONE; item = tape.next(item)) {
                Optional<IfAddr> a = addr(item, ap.index(i));
                ok &= a.isPresent();
                read[i++] = a.orElse(null);
            }
            addrs = ok ? List.of(read) : List.of();
        }
        return ok ? Optional.of(new NetInterface(name, create, addrs, tape.origin(at, m))) : Optional.empty();
    }

    /** The address {@code item}; empty, reported, when it is wrong. */
    private Optional<IfAddr> addr(int item, ElementPath at) {
        if (!reading.object(item, at)) {
            return Optional.empty();
        }
        Members<AddrKey> f = reading.members(item, at, ADDRESS);
        int typeValue = required(f, AddrKey.TYPE, item, at);
        Optional<AddressFamily> type = typeValue == Tape.NONE ? Optional.empty() : familyOf(typeValue, at);
        int methodValue = required(f, AddrKey.METHOD, item, at);
        Optional<AddrMethod> method = Optional.empty();
        if (methodValue != Tape.NONE) {
            method = type.isEmpty()
                    ? method(reading.oneOf(methodValue, at.key("method"), "method", METHODS))
                    : methodOf(methodValue, at, type.get());
        }
        if (type.isEmpty() || method.isEmpty()) {
            return Optional.empty();
        }
        int addr = f.member(AddrKey.ADDR);
        if (method.get() != AddrMethod.STATIC) {
            if (addr != Tape.NONE) {
                reading.problems.notAllowedKey(at.key("addr"), tape.position(addr), "addr",
                        "with method " + method.get().token() + ": the address is configured automatically");
                return Optional.empty();
            }
            return Optional.of(new IfAddr(type.get(), method.get(), Optional.empty(), reading.origin(at, item)));
        }
        if (addr == Tape.NONE) {
            reading.problems.missingKey(at, tape.position(item), "addr");
            return Optional.empty();
        }
        Optional<Cidr> cidr = cidr(Tape.value(addr), at, type.get());
        return cidr.isEmpty() ? Optional.empty()
                : Optional.of(new IfAddr(type.get(), method.get(), cidr, reading.origin(at, item)));
    }

    /** The family {@code v} of the address at {@code at}; empty, reported, when wrong. The path to the value is made only for a problem. */
    private Optional<AddressFamily> familyOf(int v, ElementPath at) {
        if (tape.isString(v)) {
            String token = tape.text(v);
            for (AddressFamily family : FAMILY_VALUES) {
                if (family.token().equals(token)) {
                    return Optional.of(family);
                }
            }
        }
        return family(v, at.key("type"));
    }

    /** The method {@code v} of the address at {@code at}; empty, reported, when wrong. The path is made only for a problem. */
    private Optional<AddrMethod> methodOf(int v, ElementPath at, AddressFamily type) {
        if (tape.isString(v)) {
            String token = tape.text(v);
            for (AddrMethod method : METHOD_VALUES) {
                if (method.token().equals(token) && method.allows(type)) {
                    return Optional.of(method);
                }
            }
        }
        // Only the family's own methods are offered, so "dchp" on inet6 is not told "dhcp".
        return method(reading.oneOf(v, at.key("method"), "method of " + type.token(), methodTokens(type)));
    }

    /** The static address {@code v} of the address at {@code at}; empty, reported, when wrong. */
    private Optional<Cidr> cidr(int v, ElementPath at, AddressFamily family) {
        if (!tape.isString(v)) {
            reading.string(v, at.key("addr"));
            return Optional.empty();
        }
        String s = tape.text(v);
        int slash = s.lastIndexOf('/');
        int prefix = slash < 0 ? -1 : Syntax.prefixLength(s, slash + 1, family.bits());
        Optional<IpAddress> address = prefix < 0 ? Optional.empty() : IpAddress.parse(s.substring(0, slash), family);
        if (address.isEmpty()) {
            String example = family == AddressFamily.INET ? "10.0.0.2/24" : "2001:db8::2/64";
            reading.problems.badValue(at.key("addr"), tape.position(v), s, cidrRule(family, example) + ": "
                    + Faults.cidr(s, family));
            return Optional.empty();
        }
        return Optional.of(new Cidr(address.get(), prefix));
    }

    private static String cidrRule(AddressFamily family, String example) {
        return "an " + family.token() + " address with a prefix length 0.." + family.bits() + " (\"" + example + "\")";
    }

    private Optional<Gateway> gateway(int item, ElementPath at) {
        if (!reading.object(item, at)) {
            return Optional.empty();
        }
        Members<GatewayKey> f = reading.members(item, at, GATEWAY);
        int typeValue = required(f, GatewayKey.TYPE, item, at);
        Optional<AddressFamily> type = typeValue == Tape.NONE ? Optional.empty() : family(typeValue, at.key("type"));
        int addrValue = required(f, GatewayKey.ADDR, item, at);
        if (type.isEmpty() || addrValue == Tape.NONE) {
            if (addrValue != Tape.NONE) {
                reading.string(addrValue, at.key("addr"));
            }
            return Optional.empty();
        }
        Optional<IpAddress> addr = address(addrValue, at.key("addr"), type.get());
        if (addr.isEmpty()) {
            return Optional.empty();
        }
        reading.unique.name(UniqueNames.Kind.GATEWAY, at.key("type"), typeValue);
        return Optional.of(new Gateway(type.get(), addr.get(), reading.origin(at, item)));
    }

    private Optional<AddressFamily> family(int v, ElementPath at) {
        Optional<String> token = reading.oneOf(v, at, "type", FAMILIES);
        return token.isEmpty() ? Optional.empty() : AddressFamily.fromToken(token.get());
    }

    private static Optional<AddrMethod> method(Optional<String> token) {
        return token.isEmpty() ? Optional.empty() : AddrMethod.fromToken(token.get());
    }

    /** An address literal of {@code type}, no prefix. */
    private Optional<IpAddress> address(int v, ElementPath at, AddressFamily type) {
        Optional<String> text = reading.string(v, at);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<IpAddress> addr = IpAddress.parse(text.get(), type);
        if (addr.isEmpty()) {
            reading.problems.badValue(at, tape.position(v), text.get(), "an " + type.token() + " address literal: "
                    + Faults.address(text.get(), type));
        }
        return addr;
    }

    /** The value of {@code key} of {@code obj}; {@link Tape#NONE}, reported, when missing. */
    private <K extends Enum<K> & Shape.Key> int required(Members<K> f, K key, int obj, ElementPath at) {
        int v = f.value(key);
        if (v == Tape.NONE) {
            reading.problems.missingKey(at, tape.position(obj), f.name(key));
        }
        return v;
    }

    private static List<String> familyTokens() {
        List<String> out = new ArrayList<>();
        for (AddressFamily family : AddressFamily.values()) {
            out.add(family.token());
        }
        return List.copyOf(out);
    }

    /** The tokens of the methods {@code family} allows; all of them for no family. */
    private static List<String> methodTokens(AddressFamily family) {
        List<String> out = new ArrayList<>();
        for (AddrMethod m : AddrMethod.values()) {
            if (family == null || m.allows(family)) {
                out.add(m.token());
            }
        }
        return List.copyOf(out);
    }
}
