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
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code net}: interfaces with their addresses, gateways (one per family), and dns. */
final class NetReader {
    static final List<String> KEYS = List.of("interfaces", "gateways", "dns");
    private static final Fields.Known KNOWN = Fields.Known.of(KEYS);
    static final List<String> INTERFACE_KEYS = List.of("create", "addrs");
    private static final Fields.Known INTERFACE_KNOWN = Fields.Known.of(INTERFACE_KEYS);
    private static final int CREATE = 0;
    private static final int ADDRS = 1;
    static final List<String> ADDR_KEYS = List.of("type", "method", "addr");
    private static final Fields.Known ADDR_KNOWN = Fields.Known.of(ADDR_KEYS);
    private static final int TYPE = 0;
    private static final int METHOD = 1;
    private static final int ADDR = 2;
    /** Its type at {@link #TYPE}, as an address's. */
    static final List<String> GATEWAY_KEYS = List.of("type", "addr");
    private static final Fields.Known GATEWAY_KNOWN = Fields.Known.of(GATEWAY_KEYS);
    private static final int GATEWAY_ADDR = 1;
    static final List<String> FAMILIES = familyTokens();
    static final List<String> METHODS = methodTokens(null);
    /** The constants, copied once: {@code values()} copies them at each call. */
    private static final AddressFamily[] FAMILY_VALUES = AddressFamily.values();
    private static final AddrMethod[] METHOD_VALUES = AddrMethod.values();

    /** The kind of name an interface name is, unique in a document. */
    private static final String INTERFACE = "interface";

    private final Reading reading;
    /** Whether the names of the interfaces being read are declared already, all at once. */
    private boolean declared;
    /** The members of the interface, of the address, and of the gateway being read. */
    private final Fields ifaceMembers;
    private final Fields addrMembers;
    private final Fields gatewayMembers;

    NetReader(Reading reading) {
        this.reading = reading;
        this.ifaceMembers = new Fields(reading.tape, INTERFACE_KNOWN);
        this.addrMembers = new Fields(reading.tape, ADDR_KNOWN);
        this.gatewayMembers = new Fields(reading.tape, GATEWAY_KNOWN);
    }

    /** Adds interfaces and gateways to the lists given; returns the dns, if this {@code net} has one. */
    Optional<Dns> read(int value, ElementPath path, ArrayList<NetInterface> interfaces, List<Gateway> gateways) {
        if (!reading.object(value, path)) {
            return Optional.empty();
        }
        Tape t = reading.tape;
        Fields f = reading.fields(value, path, "net", KNOWN);
        int ifs = f.value("interfaces");
        if (ifs != Tape.NONE) {
            ElementPath ip = path.key("interfaces");
            if (reading.object(ifs, ip)) {
                int[] entries = reading.entries(ifs, ip);
                declared = reading.declareAll(INTERFACE, entries);
                interfaces.ensureCapacity(interfaces.size() + entries.length);
                for (int m : entries) {
                    NetInterface iface = iface(m, ip.key(t.text(m)));
                    if (iface != null) {
                        interfaces.add(iface);
                    }
                }
            }
        }
        int gws = f.value("gateways");
        if (gws != Tape.NONE) {
            ElementPath gp = path.key("gateways");
            if (reading.array(gws, gp)) {
                int i = 0;
                for (int item = t.first(gws); item != Tape.NONE; item = t.next(item)) {
                    Optional<Gateway> gateway = gateway(item, gp.index(i++));
                    if (gateway.isPresent()) {
                        gateways.add(gateway.get());
                    }
                }
            }
        }
        int dns = f.member("dns");
        if (dns != Tape.NONE) {
            ElementPath dp = path.key("dns");
            if (reading.once(dp, t.position(dns))) {
                return new DnsReader(reading).read(Tape.value(dns), dp);
            }
        }
        return Optional.empty();
    }

    /** The interface of member {@code m}, or null, reported, when it is wrong. */
    private NetInterface iface(int m, ElementPath at) {
        Tape t = reading.tape;
        String name = t.text(m);
        boolean ok = Syntax.isInterfaceName(name) && declared;
        if (!ok) { // the key's position is made only for a problem
            Position pos = t.position(m);
            ok = interfaceName(name, at, pos);
            ok &= declared || reading.declare(INTERFACE, name, at, pos);
        }
        int obj = Tape.value(m);
        if (!reading.object(obj, at)) {
            return null;
        }
        Fields f = reading.fields(ifaceMembers, obj, at, "an interface");
        boolean create = false;
        int createValue = f.valueAt(CREATE);
        if (createValue != Tape.NONE) {
            Boolean c = reading.bool(createValue, at.key("create"));
            ok &= c != null;
            create = c != null && c;
        }
        // Read before the addresses, which point the fields elsewhere.
        int arr = f.valueAt(ADDRS);
        List<IfAddr> addrs = List.of();
        if (arr != Tape.NONE) {
            ElementPath ap = at.key("addrs");
            boolean isArray = reading.array(arr, ap);
            ok &= isArray;
            IfAddr[] read = new IfAddr[isArray ? t.count(arr) : 0];
            int i = 0;
            for (int item = isArray ? t.first(arr) : Tape.NONE; item != Tape.NONE; item = t.next(item)) {
                IfAddr a = addr(item, ap.index(i));
                ok &= a != null;
                read[i++] = a;
            }
            addrs = ok ? List.of(read) : List.of();
        }
        return ok ? new NetInterface(name, create, addrs, t.origin(at, m)) : null;
    }

    /** The address {@code item}, or null, reported, when it is wrong. */
    private IfAddr addr(int item, ElementPath at) {
        if (!reading.object(item, at)) {
            return null;
        }
        Fields f = reading.fields(addrMembers, item, at, "an interface address");
        int typeValue = required(f, TYPE, item, at);
        AddressFamily type = typeValue == Tape.NONE ? null : familyOf(typeValue, at);
        int methodValue = required(f, METHOD, item, at);
        AddrMethod method = null;
        if (methodValue != Tape.NONE) {
            method = type == null
                    ? method(reading.oneOf(methodValue, at.key("method"), "method", METHODS)).orElse(null)
                    : methodOf(methodValue, at, type);
        }
        if (type == null || method == null) {
            return null;
        }
        int addr = f.memberAt(ADDR);
        if (method != AddrMethod.STATIC) {
            if (addr != Tape.NONE) {
                reading.problems.notAllowedKey(at.key("addr"), reading.tape.position(addr), "addr",
                        "with method " + method.token() + ": the address is configured automatically");
                return null;
            }
            return new IfAddr(type, method, Optional.empty(), reading.origin(at, item));
        }
        if (addr == Tape.NONE) {
            reading.problems.missingKey(at, reading.tape.position(item), "addr");
            return null;
        }
        Cidr cidr = cidr(Tape.value(addr), at, type);
        return cidr == null ? null : new IfAddr(type, method, Optional.of(cidr), reading.origin(at, item));
    }

    /** The family {@code v} of the address at {@code at}, or null, reported; the path to the value made only for a problem. */
    private AddressFamily familyOf(int v, ElementPath at) {
        Tape t = reading.tape;
        if (t.isString(v)) {
            String token = t.text(v);
            for (AddressFamily family : FAMILY_VALUES) {
                if (family.token().equals(token)) {
                    return family;
                }
            }
        }
        return family(v, at.key("type")).orElse(null);
    }

    /** The method {@code v} of the address at {@code at}, or null, reported; the path made only for a problem. */
    private AddrMethod methodOf(int v, ElementPath at, AddressFamily type) {
        Tape t = reading.tape;
        if (t.isString(v)) {
            String token = t.text(v);
            for (AddrMethod method : METHOD_VALUES) {
                if (method.token().equals(token) && method.allows(type)) {
                    return method;
                }
            }
        }
        return method(v, at.key("method"), type).orElse(null);
    }

    /** The static address {@code v} of the address at {@code at}, or null, reported. */
    private Cidr cidr(int v, ElementPath at, AddressFamily family) {
        Tape t = reading.tape;
        if (!t.isString(v)) {
            reading.string(v, at.key("addr"));
            return null;
        }
        String s = t.text(v);
        int slash = s.lastIndexOf('/');
        int prefix = slash < 0 ? -1 : Syntax.prefixLength(s, slash + 1, family.bits());
        Optional<IpAddress> address = prefix < 0 ? Optional.empty() : IpAddress.parse(s.substring(0, slash), family);
        if (address.isEmpty()) {
            String example = family == AddressFamily.INET ? "10.0.0.2/24" : "2001:db8::2/64";
            reading.problems.badValue(at.key("addr"), t.position(v), s, cidrRule(family, example) + ": "
                    + Faults.cidr(s, family));
            return null;
        }
        return new Cidr(address.get(), prefix);
    }

    private static String cidrRule(AddressFamily family, String example) {
        return "an " + family.token() + " address with a prefix length 0.." + family.bits() + " (\"" + example + "\")";
    }

    private Optional<Gateway> gateway(int item, ElementPath at) {
        if (!reading.object(item, at)) {
            return Optional.empty();
        }
        Fields f = reading.fields(gatewayMembers, item, at, "a gateway");
        int typeValue = required(f, TYPE, item, at);
        Optional<AddressFamily> type = typeValue == Tape.NONE ? Optional.empty() : family(typeValue, at.key("type"));
        int addrValue = required(f, GATEWAY_ADDR, item, at);
        if (type.isEmpty() || addrValue == Tape.NONE) {
            if (addrValue != Tape.NONE) {
                reading.string(addrValue, at.key("addr"));
            }
            return Optional.empty();
        }
        Optional<IpAddress> addr = address(addrValue, at.key("addr"), type.get());
        if (addr.isEmpty() || !declareGateway(type.get(), at.key("type"), reading.tape.position(f.valueAt(TYPE)))) {
            return Optional.empty();
        }
        return Optional.of(new Gateway(type.get(), addr.get(), reading.origin(at, item)));
    }

    // --- single values, shared with the older format's reader

    /** Whether {@code name} is an interface name; reported when not. */
    boolean interfaceName(String name, ElementPath at, Position pos) {
        if (Syntax.isInterfaceName(name)) {
            return true;
        }
        reading.problems.badValue(at, pos, name,
                "an interface name (a driver name and a unit number, at most 15 characters: \"vioif0\")");
        return false;
    }

    Optional<AddressFamily> family(int v, ElementPath at) {
        String token = reading.oneOf(v, at, "type", FAMILIES);
        return token == null ? Optional.empty() : AddressFamily.fromToken(token);
    }

    /** A method that {@code type} allows. */
    Optional<AddrMethod> method(int v, ElementPath at, AddressFamily type) {
        // Only the family's own methods are offered, so "dchp" on inet6 is not told "dhcp".
        return method(reading.oneOf(v, at, "method of " + type.token(), methodTokens(type)));
    }

    private static Optional<AddrMethod> method(String token) {
        return token == null ? Optional.empty() : AddrMethod.fromToken(token);
    }

    /** An address literal of {@code type}, no prefix. */
    Optional<IpAddress> address(int v, ElementPath at, AddressFamily type) {
        String text = reading.string(v, at);
        if (text == null) {
            return Optional.empty();
        }
        Optional<IpAddress> addr = IpAddress.parse(text, type);
        if (addr.isEmpty()) {
            reading.problems.badValue(at, reading.tape.position(v), text, "an " + type.token() + " address literal: "
                    + Faults.address(text, type));
        }
        return addr;
    }

    /** A prefix length of {@code type} written on its own, as the older format's {@code mask}. */
    Optional<Integer> prefixLength(int v, ElementPath at, AddressFamily type) {
        String text = reading.string(v, at);
        if (text == null) {
            return Optional.empty();
        }
        Optional<Integer> prefix = Syntax.prefixLength(text, type.bits());
        if (prefix.isEmpty()) {
            reading.problems.badValue(at, reading.tape.position(v), text,
                    "a prefix length 0.." + type.bits() + " (\"24\"; a dotted mask is not taken)");
        }
        return prefix;
    }

    /** Registers the one gateway of {@code type}; false, reported, for a second. */
    boolean declareGateway(AddressFamily type, ElementPath at, Position pos) {
        return reading.declare("gateway of type", type.token(), at, pos);
    }

    /** The value of member {@code key} of {@code obj}; {@link Tape#NONE}, reported, when missing. */
    private int required(Fields f, int k, int obj, ElementPath at) {
        int v = f.valueAt(k);
        if (v == Tape.NONE) {
            reading.problems.missingKey(at, reading.tape.position(obj), f.known().get(k));
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
