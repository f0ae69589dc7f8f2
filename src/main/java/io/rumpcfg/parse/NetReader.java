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
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code net}: interfaces with their addresses, gateways (one per family), and dns. */
final class NetReader {
    static final List<String> KEYS = List.of("interfaces", "gateways", "dns");
    static final List<String> INTERFACE_KEYS = List.of("create", "addrs");
    static final List<String> ADDR_KEYS = List.of("type", "method", "addr");
    static final List<String> GATEWAY_KEYS = List.of("type", "addr");
    static final List<String> FAMILIES = Arrays.stream(AddressFamily.values()).map(AddressFamily::token).toList();
    static final List<String> METHODS = Arrays.stream(AddrMethod.values()).map(AddrMethod::token).toList();

    private final Reading reading;

    NetReader(Reading reading) {
        this.reading = reading;
    }

    /** Adds interfaces and gateways to the lists given; returns the dns, if this {@code net} has one. */
    Optional<Dns> read(Json value, ElementPath path, List<NetInterface> interfaces, List<Gateway> gateways) {
        Optional<Json.Obj> net = reading.object(value, path);
        if (net.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Json.Member> f = reading.fields(net.get(), path, "net", KEYS);
        if (f.containsKey("interfaces")) {
            ElementPath ip = path.key("interfaces");
            reading.object(f.get("interfaces").value(), ip).ifPresent(obj -> {
                for (Json.Member m : reading.entries(obj, ip)) {
                    iface(m, ip.key(m.key())).ifPresent(interfaces::add);
                }
            });
        }
        if (f.containsKey("gateways")) {
            ElementPath gp = path.key("gateways");
            reading.array(f.get("gateways").value(), gp).ifPresent(arr -> {
                for (int i = 0; i < arr.items().size(); i++) {
                    gateway(arr.items().get(i), gp.index(i)).ifPresent(gateways::add);
                }
            });
        }
        if (f.containsKey("dns")) {
            Json.Member dns = f.get("dns");
            ElementPath dp = path.key("dns");
            if (reading.once(dp, dns.keyPosition())) {
                return new DnsReader(reading).read(dns.value(), dp);
            }
        }
        return Optional.empty();
    }

    private Optional<NetInterface> iface(Json.Member m, ElementPath at) {
        boolean ok = interfaceName(m.key(), at, m.keyPosition());
        ok &= reading.declare("interface", m.key(), at, m.keyPosition());
        Optional<Json.Obj> obj = reading.object(m.value(), at);
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Json.Member> f = reading.fields(obj.get(), at, "an interface", INTERFACE_KEYS);
        boolean create = false;
        if (f.containsKey("create")) {
            Optional<Boolean> c = reading.bool(f.get("create").value(), at.key("create"));
            ok &= c.isPresent();
            create = c.orElse(false);
        }
        List<IfAddr> addrs = new ArrayList<>();
        if (f.containsKey("addrs")) {
            ElementPath ap = at.key("addrs");
            Optional<Json.Arr> arr = reading.array(f.get("addrs").value(), ap);
            ok &= arr.isPresent();
            for (int i = 0; arr.isPresent() && i < arr.get().items().size(); i++) {
                Optional<IfAddr> a = addr(arr.get().items().get(i), ap.index(i));
                ok &= a.isPresent();
                a.ifPresent(addrs::add);
            }
        }
        return ok ? Optional.of(new NetInterface(m.key(), create, addrs, new Origin(at, m.keyPosition()))) : Optional.empty();
    }

    private Optional<IfAddr> addr(Json item, ElementPath at) {
        Optional<Json.Obj> obj = reading.object(item, at);
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Json.Member> f = reading.fields(obj.get(), at, "an interface address", ADDR_KEYS);
        Optional<AddressFamily> type = required(f, "type", obj.get(), at).flatMap(v -> family(v, at.key("type")));
        Optional<Json> methodValue = required(f, "method", obj.get(), at);
        Optional<AddrMethod> method = type.isEmpty()
                ? methodValue.flatMap(v -> reading.oneOf(v, at.key("method"), "method", METHODS, AddrMethod::fromToken))
                : methodValue.flatMap(v -> method(v, at.key("method"), type.get()));
        if (type.isEmpty() || method.isEmpty()) {
            return Optional.empty();
        }
        Json.Member addr = f.get("addr");
        if (method.get() != AddrMethod.STATIC) {
            if (addr != null) {
                reading.problems.notAllowedKey(at.key("addr"), addr.keyPosition(), "addr",
                        "with method " + method.get().token() + ": the address is configured automatically");
                return Optional.empty();
            }
            return Optional.of(new IfAddr(type.get(), method.get(), Optional.empty(), Reading.origin(at, item)));
        }
        if (addr == null) {
            reading.problems.missingKey(at, obj.get().position(), "addr");
            return Optional.empty();
        }
        return cidr(addr.value(), at.key("addr"), type.get())
                .map(c -> new IfAddr(type.get(), method.get(), Optional.of(c), Reading.origin(at, item)));
    }

    private Optional<Cidr> cidr(Json v, ElementPath at, AddressFamily family) {
        Optional<String> text = reading.string(v, at);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String s = text.get();
        int slash = s.lastIndexOf('/');
        String example = family == AddressFamily.INET ? "10.0.0.2/24" : "2001:db8::2/64";
        String rule = "an " + family.token() + " address with a prefix length 0.." + family.bits() + " (\"" + example + "\")";
        if (slash < 0) {
            reading.problems.badValue(at, v.position(), s, rule);
            return Optional.empty();
        }
        Optional<IpAddress> address = IpAddress.parse(s.substring(0, slash), family);
        Optional<Integer> prefix = Syntax.prefixLength(s.substring(slash + 1), family.bits());
        if (address.isEmpty() || prefix.isEmpty()) {
            reading.problems.badValue(at, v.position(), s, rule);
            return Optional.empty();
        }
        return Optional.of(new Cidr(address.get(), prefix.get()));
    }

    private Optional<Gateway> gateway(Json item, ElementPath at) {
        Optional<Json.Obj> obj = reading.object(item, at);
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Json.Member> f = reading.fields(obj.get(), at, "a gateway", GATEWAY_KEYS);
        Optional<AddressFamily> type = required(f, "type", obj.get(), at).flatMap(v -> family(v, at.key("type")));
        Optional<Json> addrValue = required(f, "addr", obj.get(), at);
        if (type.isEmpty() || addrValue.isEmpty()) {
            addrValue.ifPresent(v -> reading.string(v, at.key("addr")));
            return Optional.empty();
        }
        Optional<IpAddress> addr = address(addrValue.get(), at.key("addr"), type.get());
        if (addr.isEmpty() || !declareGateway(type.get(), at.key("type"), f.get("type").value().position())) {
            return Optional.empty();
        }
        return Optional.of(new Gateway(type.get(), addr.get(), Reading.origin(at, item)));
    }

    // --- single values, shared with the older format's reader

    /** Whether {@code name} is an interface name; reported when not. */
    boolean interfaceName(String name, ElementPath at, Position pos) {
        if (Syntax.INTERFACE_NAME.matcher(name).matches()) {
            return true;
        }
        reading.problems.badValue(at, pos, name,
                "an interface name (a driver name and a unit number, at most 15 characters: \"vioif0\")");
        return false;
    }

    Optional<AddressFamily> family(Json v, ElementPath at) {
        return reading.oneOf(v, at, "type", FAMILIES, AddressFamily::fromToken);
    }

    /** A method that {@code type} allows. */
    Optional<AddrMethod> method(Json v, ElementPath at, AddressFamily type) {
        // Only the family's own methods are offered, so "dchp" on inet6 is not told "dhcp".
        return reading.oneOf(v, at, "method of " + type.token(), methodsOf(type),
                token -> AddrMethod.fromToken(token).filter(m -> m.allows(type)));
    }

    /** An address literal of {@code type}, no prefix. */
    Optional<IpAddress> address(Json v, ElementPath at, AddressFamily type) {
        return reading.string(v, at).flatMap(text -> {
            Optional<IpAddress> addr = IpAddress.parse(text, type);
            if (addr.isEmpty()) {
                reading.problems.badValue(at, v.position(), text, "an " + type.token() + " address literal");
            }
            return addr;
        });
    }

    /** A prefix length of {@code type} written on its own, as the older format's {@code mask}. */
    Optional<Integer> prefixLength(Json v, ElementPath at, AddressFamily type) {
        return reading.string(v, at).flatMap(text -> {
            Optional<Integer> prefix = Syntax.prefixLength(text, type.bits());
            if (prefix.isEmpty()) {
                reading.problems.badValue(at, v.position(), text,
                        "a prefix length 0.." + type.bits() + " (\"24\"; a dotted mask is not taken)");
            }
            return prefix;
        });
    }

    /** Registers the one gateway of {@code type}; false, reported, for a second. */
    boolean declareGateway(AddressFamily type, ElementPath at, Position pos) {
        return reading.declare("gateway of type", type.token(), at, pos);
    }

    private Optional<Json> required(Map<String, Json.Member> f, String key, Json.Obj obj, ElementPath at) {
        Json.Member m = f.get(key);
        if (m == null) {
            reading.problems.missingKey(at, obj.position(), key);
            return Optional.empty();
        }
        return Optional.of(m.value());
    }

    private static List<String> methodsOf(AddressFamily family) {
        List<String> out = new ArrayList<>();
        for (AddrMethod m : AddrMethod.values()) {
            if (m.allows(family)) {
                out.add(m.token());
            }
        }
        return out;
    }
}
