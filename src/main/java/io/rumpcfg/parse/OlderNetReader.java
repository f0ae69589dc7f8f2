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
    private static final Fields.Known KNOWN = Fields.Known.of(KEYS);
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
    void read(int obj, ElementPath path, Position keyAt) {
        if (!reading.object(obj, path)) {
            return;
        }
        Tape t = reading.tape;
        Fields f = reading.fields(obj, path, "an older net", KNOWN);
        boolean ok = true;
        for (int m : f.members()) {
            ok &= reading.string(Tape.value(m), path.key(t.text(m))) != null;
        }
        Optional<Integer> name = required(f, "if", obj, path);
        Optional<Integer> type = required(f, "type", obj, path);
        Optional<Integer> methodValue = required(f, "method", obj, path);
        if (!ok || name.isEmpty() || type.isEmpty() || methodValue.isEmpty()) {
            return;
        }
        String ifname = t.text(name.get());
        ok = net.interfaceName(ifname, path.key("if"), t.position(name.get()));
        Optional<AddressFamily> family = net.family(type.get(), path.key("type"));
        Optional<AddrMethod> method = family.flatMap(fam -> net.method(methodValue.get(), path.key("method"), fam));
        if (!ok || method.isEmpty()) {
            return;
        }
        Origin origin = new Origin(path, keyAt);
        Optional<IfAddr> addr = method.get() == AddrMethod.STATIC
                ? staticAddr(f, obj, path, family.get(), origin)
                : Optional.of(automatic(f, path, family.get(), method.get(), origin));
        if (addr.isEmpty()) {
            return;
        }
        Interface iface = interfaces.computeIfAbsent(ifname, n -> new Interface(origin));
        iface.create |= f.has("cloner");
        iface.addrs.add(addr.get());
    }

    private Optional<IfAddr> staticAddr(Fields f, int obj, ElementPath path, AddressFamily family, Origin origin) {
        Tape t = reading.tape;
        Optional<Integer> addrValue = required(f, "addr", obj, path);
        Optional<Integer> maskValue = required(f, "mask", obj, path);
        Optional<IpAddress> addr = addrValue.flatMap(v -> net.address(v, path.key("addr"), family));
        Optional<Integer> prefix = maskValue.flatMap(v -> net.prefixLength(v, path.key("mask"), family));
        if (family == AddressFamily.INET && prefix.equals(Optional.of(1)) && addr.isPresent()) {
            reading.problems.olderMaskOne(path.key("mask"), t.position(maskValue.get()), addr.get().toString());
        }
        int gw = f.value("gw");
        if (gw != Tape.NONE) {
            ElementPath gwPath = path.key("gw");
            Position gwAt = t.position(gw);
            net.address(gw, gwPath, family)
                    .filter(a -> net.declareGateway(family, gwPath, gwAt))
                    .ifPresent(a -> gateways.add(new Gateway(family, a, new Origin(gwPath, gwAt))));
        }
        if (addr.isEmpty() || prefix.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IfAddr(family, AddrMethod.STATIC, Optional.of(new Cidr(addr.get(), prefix.get())), origin));
    }

    private IfAddr automatic(Fields f, ElementPath path, AddressFamily family, AddrMethod method, Origin origin) {
        for (String key : STATIC_ONLY) {
            int m = f.member(key);
            if (m != Tape.NONE) {
                reading.problems.olderIgnored(path.key(key), reading.tape.position(m), key, "with method " + method.token());
            }
        }
        return new IfAddr(family, method, Optional.empty(), origin);
    }

    private Optional<Integer> required(Fields f, String key, int obj, ElementPath at) {
        int v = f.value(key);
        if (v == Tape.NONE) {
            reading.problems.missingKey(at, reading.tape.position(obj), key);
            return Optional.empty();
        }
        return Optional.of(v);
    }
}
