package io.rumpcfg.parse;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Cidr;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the older format's {@code net} objects, one interface address each: {@code if},
 * {@code cloner}, {@code type}, {@code method}, {@code addr}, {@code mask}, {@code gw}, all
 * strings. Each becomes an interface (any {@code cloner} value creates it, as the original
 * did) with one address, and its {@code gw} a gateway; several objects naming one interface
 * become one interface with their addresses in order. Values are checked by
 * {@link NetReader}'s rules.
 */
final class OlderNetReader {
    static final List<String> KEYS = List.of("if", "cloner", "type", "method", "addr", "mask", "gw");
    /** What the original ignores unless the method is static. */
    private static final List<String> STATIC_ONLY = List.of("addr", "mask", "gw");

    private final Reading reading;
    private final NetReader net;
    private final Map<String, Interface> interfaces = new LinkedHashMap<>();
    private final List<Gateway> gateways = new ArrayList<>();

    /** An interface being gathered from one or more {@code net} objects. */
    private static final class Interface {
        final Origin origin;
        boolean create;
        final List<IfAddr> addrs = new ArrayList<>();

        Interface(Origin origin) {
            this.origin = origin;
        }
    }

    OlderNetReader(Reading reading) {
        this.reading = reading;
        this.net = new NetReader(reading);
    }

    List<NetInterface> interfaces() {
        List<NetInterface> out = new ArrayList<>();
        interfaces.forEach((name, i) -> out.add(new NetInterface(name, i.create, i.addrs, i.origin)));
        return out;
    }

    List<Gateway> gateways() {
        return List.copyOf(gateways);
    }

    /** One {@code net} object; {@code keyAt} is where its key is, the position of everything it becomes. */
    void read(Json value, ElementPath path, Position keyAt) {
        Optional<Json.Obj> obj = reading.object(value, path);
        if (obj.isEmpty()) {
            return;
        }
        Map<String, Json.Member> f = reading.fields(obj.get(), path, "an older net", KEYS);
        boolean ok = true;
        for (Json.Member m : f.values()) {
            ok &= reading.string(m.value(), path.key(m.key())).isPresent();
        }
        Optional<Json> name = required(f, "if", obj.get(), path);
        Optional<Json> type = required(f, "type", obj.get(), path);
        Optional<Json> methodValue = required(f, "method", obj.get(), path);
        if (!ok || name.isEmpty() || type.isEmpty() || methodValue.isEmpty()) {
            return;
        }
        String ifname = ((Json.Str) name.get()).value();
        ok = net.interfaceName(ifname, path.key("if"), name.get().position());
        Optional<AddressFamily> family = net.family(type.get(), path.key("type"));
        Optional<AddrMethod> method = family.flatMap(t -> net.method(methodValue.get(), path.key("method"), t));
        if (!ok || method.isEmpty()) {
            return;
        }
        Origin origin = new Origin(path, keyAt);
        Optional<IfAddr> addr = method.get() == AddrMethod.STATIC
                ? staticAddr(f, obj.get(), path, family.get(), origin)
                : Optional.of(automatic(f, path, family.get(), method.get(), origin));
        if (addr.isEmpty()) {
            return;
        }
        Interface iface = interfaces.computeIfAbsent(ifname, n -> new Interface(origin));
        iface.create |= f.containsKey("cloner");
        iface.addrs.add(addr.get());
    }

    private Optional<IfAddr> staticAddr(Map<String, Json.Member> f, Json.Obj obj, ElementPath path,
            AddressFamily family, Origin origin) {
        Optional<Json> addrValue = required(f, "addr", obj, path);
        Optional<Json> maskValue = required(f, "mask", obj, path);
        Optional<IpAddress> addr = addrValue.flatMap(v -> net.address(v, path.key("addr"), family));
        Optional<Integer> prefix = maskValue.flatMap(v -> net.prefixLength(v, path.key("mask"), family));
        if (family == AddressFamily.INET && prefix.equals(Optional.of(1)) && addr.isPresent()) {
            reading.problems.olderMaskOne(path.key("mask"), maskValue.get().position(), addr.get().toString());
        }
        Json.Member gw = f.get("gw");
        if (gw != null) {
            ElementPath gwPath = path.key("gw");
            net.address(gw.value(), gwPath, family)
                    .filter(a -> net.declareGateway(family, gwPath, gw.value().position()))
                    .ifPresent(a -> gateways.add(new Gateway(family, a, new Origin(gwPath, gw.value().position()))));
        }
        if (addr.isEmpty() || prefix.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IfAddr(family, AddrMethod.STATIC, Optional.of(new Cidr(addr.get(), prefix.get())), origin));
    }

    private IfAddr automatic(Map<String, Json.Member> f, ElementPath path, AddressFamily family, AddrMethod method,
            Origin origin) {
        for (String key : STATIC_ONLY) {
            Json.Member m = f.get(key);
            if (m != null) {
                reading.problems.olderIgnored(path.key(key), m.keyPosition(), key, "with method " + method.token());
            }
        }
        return new IfAddr(family, method, Optional.empty(), origin);
    }

    private Optional<Json> required(Map<String, Json.Member> f, String key, Json.Obj obj, ElementPath at) {
        Json.Member m = f.get(key);
        if (m == null) {
            reading.problems.missingKey(at, obj.position(), key);
            return Optional.empty();
        }
        return Optional.of(m.value());
    }
}
