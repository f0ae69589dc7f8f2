package io.rumpcfg.testing;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fake's interfaces, their addresses and the default routes. Not thread-safe: the platform locks. */
final class FakeNetwork {
    private final Map<String, List<String>> addresses = new LinkedHashMap<>();
    private final List<String> created = new ArrayList<>();
    private final Map<String, String> routes = new LinkedHashMap<>();

    void create(String ifname) throws PlatformException {
        if (created.contains(ifname)) {
            throw new PlatformException(Errno.EEXIST, ifname + ": interface exists");
        }
        created.add(ifname);
        addresses.putIfAbsent(ifname, new ArrayList<>());
    }

    void address(String ifname, String address) {
        List<String> addrs = addresses.get(ifname);
        if (addrs == null) {
            addrs = new ArrayList<>();
            addresses.put(ifname, addrs);
        }
        addrs.add(address);
    }

    void route(String family, String address) throws PlatformException {
        if (routes.containsKey(family)) {
            throw new PlatformException(Errno.EEXIST, "an " + family + " default route exists: " + routes.get(family));
        }
        routes.put(family, address);
    }

    List<NetInterfaceState> interfaces() {
        List<NetInterfaceState> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : addresses.entrySet()) {
            out.add(new NetInterfaceState(e.getKey(), created.contains(e.getKey()), e.getValue()));
        }
        return out;
    }

    Map<String, String> routes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    }
}
