package io.rumpcfg.plan;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Cidr;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Net;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds model configurations for tests, as the parser would: every element gets its path
 * and a line, the next line unless {@link #line} says otherwise.
 */
final class ConfigBuilder {
    private int line = 2;
    private final List<Sysctl> sysctl = new ArrayList<>();
    private Optional<List<RcEntry>> rc = Optional.empty();
    private final List<EnvVar> env = new ArrayList<>();
    private Optional<Hostname> hostname = Optional.empty();
    private final List<NetInterface> interfaces = new ArrayList<>();
    private final List<Gateway> gateways = new ArrayList<>();
    private Optional<Dns> dns = Optional.empty();
    private final List<Blk> blk = new ArrayList<>();
    private final List<Mount> mounts = new ArrayList<>();

    static ConfigBuilder config() {
        return new ConfigBuilder();
    }

    /** The line of the next element. */
    ConfigBuilder line(int next) {
        line = next;
        return this;
    }

    private Origin at(ElementPath path) {
        return new Origin(path, Position.of(line++, 5));
    }

    private static ElementPath path(String... keys) {
        ElementPath path = ElementPath.root();
        for (String key : keys) {
            path = path.key(key);
        }
        return path;
    }

    ConfigBuilder sysctl(String key, long value) {
        sysctl.add(new Sysctl(key, new SysctlValue.Int(value), at(path("netbsd", "sysctl", key))));
        return this;
    }

    ConfigBuilder env(String name, String value) {
        env.add(new EnvVar(name, value, at(path("env", name))));
        return this;
    }

    ConfigBuilder hostname(String name) {
        hostname = Optional.of(new Hostname(name, at(path("hostname"))));
        return this;
    }

    /** An interface; each address is {@code dhcp}, {@code auto} or a static {@code addr/prefix}. */
    ConfigBuilder iface(String name, String... addrs) {
        return iface(name, false, addrs);
    }

    ConfigBuilder createdIface(String name, String... addrs) {
        return iface(name, true, addrs);
    }

    private ConfigBuilder iface(String name, boolean create, String... addrs) {
        Origin origin = at(path("net", "interfaces", name));
        List<IfAddr> list = new ArrayList<>();
        for (String spec : addrs) {
            Origin addrOrigin = at(path("net", "interfaces", name, "addrs").index(list.size()));
            list.add(ifAddr(spec, addrOrigin));
        }
        interfaces.add(new NetInterface(name, create, list, origin));
        return this;
    }

    private static IfAddr ifAddr(String spec, Origin origin) {
        if (spec.equals("dhcp")) {
            return new IfAddr(AddressFamily.INET, AddrMethod.DHCP, Optional.empty(), origin);
        }
        if (spec.equals("auto")) {
            return new IfAddr(AddressFamily.INET6, AddrMethod.AUTO, Optional.empty(), origin);
        }
        String[] parts = spec.split("/");
        IpAddress address = IpAddress.parse(parts[0]).orElseThrow();
        Cidr cidr = new Cidr(address, Integer.parseInt(parts[1]));
        return new IfAddr(address.family(), AddrMethod.STATIC, Optional.of(cidr), origin);
    }

    ConfigBuilder gateway(String addr) {
        IpAddress address = IpAddress.parse(addr).orElseThrow();
        gateways.add(new Gateway(address.family(), address, at(path("net", "gateways").index(gateways.size()))));
        return this;
    }

    ConfigBuilder dns(String... nameservers) {
        List<IpAddress> servers = new ArrayList<>();
        for (String server : nameservers) {
            servers.add(IpAddress.parse(server).orElseThrow());
        }
        dns = Optional.of(new Dns(servers, List.of(), at(path("net", "dns"))));
        return this;
    }

    ConfigBuilder etfs(String name, String hostPath) {
        blk.add(new Blk.Etfs(name, hostPath, at(path("blk", name))));
        return this;
    }

    ConfigBuilder vnd(String name, String file) {
        int unit = Integer.parseInt(name.substring("vnd".length()));
        blk.add(new Blk.Vnd(name, unit, file, at(path("blk", name))));
        return this;
    }

    ConfigBuilder blkMount(String mountpoint, String device) {
        return mount(mountpoint, new MountSource.BlkDevice(device));
    }

    ConfigBuilder kernfs(String mountpoint) {
        return mount(mountpoint, new MountSource.Kernfs());
    }

    ConfigBuilder tmpfs(String mountpoint) {
        return mount(mountpoint, new MountSource.Tmpfs(MountSource.Tmpfs.DEFAULT_SIZE, Optional.empty()));
    }

    /** An NFS mount of {@code server:/export}; options vers 3 over tcp. */
    ConfigBuilder nfs(String mountpoint, String path) {
        int colon = path.startsWith("[") ? path.indexOf(']') + 1 : path.indexOf(':');
        return mount(mountpoint, new MountSource.Nfs(path.substring(0, colon), path.substring(colon + 1),
                MountSource.Nfs.DEFAULT_VERS, MountSource.Proto.TCP, false));
    }

    ConfigBuilder mount(String mountpoint, MountSource source) {
        mounts.add(new Mount(mountpoint, source, at(path("mount", mountpoint))));
        return this;
    }

    /** {@code "rc": []}. */
    ConfigBuilder noPrograms() {
        rc = Optional.of(new ArrayList<>());
        return this;
    }

    ConfigBuilder rc(String bin, String... argv) {
        return rc(bin, RunMode.WAIT, Optional.empty(), argv);
    }

    ConfigBuilder rc(String bin, RunMode runmode, Optional<String> workdir, String... argv) {
        List<RcEntry> entries = new ArrayList<>(rc.orElse(List.of()));
        Origin origin = at(ElementPath.root().key("rc").index(entries.size()));
        entries.add(new RcEntry(bin, Arrays.asList(argv), runmode, workdir, List.of(), origin));
        rc = Optional.of(entries);
        return this;
    }

    Config build() {
        return new Config(sysctl, rc, env, hostname, new Net(interfaces, gateways, dns), blk, mounts);
    }
}
