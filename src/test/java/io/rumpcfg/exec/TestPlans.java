package io.rumpcfg.exec;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Cidr;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds plans for tests without the parser and planner: model records, wrapped in steps, in
 * the order given. Every element gets an origin on its own line, so failures can name it.
 */
public final class TestPlans {
    private static int nextLine = 1;

    private TestPlans() {}

    private static Origin at(String path) {
        return Origin.of(path, nextLine++, 3);
    }

    public static Plan plan(Step... steps) {
        return new Plan(List.of(steps), Map.of());
    }

    public static Plan plan(List<Step> steps) {
        return new Plan(steps, Map.of());
    }

    public static Step.SetSysctl sysctl(String key, long value) {
        return new Step.SetSysctl(new Sysctl(key, new SysctlValue.Int(value), at("netbsd.sysctl[\"" + key + "\"]")));
    }

    public static Step.SetEnv env(String name, String value) {
        return new Step.SetEnv(new EnvVar(name, value, at("env." + name)));
    }

    public static Step.SetHostname hostname(String name) {
        return new Step.SetHostname(new Hostname(name, at("hostname")));
    }

    public static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow(() -> new IllegalArgumentException(text));
    }

    public static IfAddr dhcp4() {
        return new IfAddr(AddressFamily.INET, AddrMethod.DHCP, Optional.empty(), at("net.interfaces.x.addrs[0]"));
    }

    public static IfAddr auto6() {
        return new IfAddr(AddressFamily.INET6, AddrMethod.AUTO, Optional.empty(), at("net.interfaces.x.addrs[1]"));
    }

    /** A static address, {@code "10.0.0.2/24"} or {@code "2001:db8::2/64"}. */
    public static IfAddr fixed(String cidr) {
        int slash = cidr.indexOf('/');
        IpAddress address = ip(cidr.substring(0, slash));
        return new IfAddr(address.family(), AddrMethod.STATIC,
                Optional.of(new Cidr(address, Integer.parseInt(cidr.substring(slash + 1)))), at("net.interfaces.x.addrs[2]"));
    }

    public static Step.ConfigureInterface iface(String name, boolean create, IfAddr... addrs) {
        return new Step.ConfigureInterface(new NetInterface(name, create, List.of(addrs), at("net.interfaces." + name)));
    }

    public static Step.AddGateway gateway(String address) {
        IpAddress ip = ip(address);
        return new Step.AddGateway(new Gateway(ip.family(), ip, at("net.gateways[0]")));
    }

    public static Step.WriteResolvConf dns(List<String> nameservers, List<String> search) {
        List<IpAddress> ips = new ArrayList<>();
        nameservers.forEach(n -> ips.add(ip(n)));
        return new Step.WriteResolvConf(new Dns(ips, search, at("net.dns")));
    }

    public static Step.ConfigureBlk etfs(String name, String hostPath) {
        return new Step.ConfigureBlk(new Blk.Etfs(name, hostPath, at("blk." + name)), hostPath);
    }

    public static Step.ConfigureBlk vnd(int unit, String file) {
        return new Step.ConfigureBlk(new Blk.Vnd("vnd" + unit, unit, file, at("blk.vnd" + unit)), file);
    }

    private static Step.MountFs mount(String mountpoint, MountSource source) {
        return new Step.MountFs(new Mount(mountpoint, source, at("mount[\"" + mountpoint + "\"]")));
    }

    public static Step.MountFs mountBlk(String mountpoint, String device) {
        return mount(mountpoint, new MountSource.BlkDevice(device));
    }

    public static Step.MountFs tmpfs(String mountpoint, long bytes) {
        return mount(mountpoint, new MountSource.Tmpfs(bytes, Optional.empty()));
    }

    public static Step.MountFs kernfs(String mountpoint) {
        return mount(mountpoint, new MountSource.Kernfs());
    }

    public static Step.MountFs nfs(String mountpoint, String server, String export, int vers, MountSource.Proto proto, boolean ro) {
        return mount(mountpoint, new MountSource.Nfs(server, export, vers, proto, ro));
    }

    /** rc entry {@code index}: {@code bin} run as {@code mode}, with {@code argv} (empty: {@code [bin]}). */
    public static Step.StartProgram rc(int index, String bin, RunMode mode, String... argv) {
        return new Step.StartProgram(index, new RcEntry(bin, List.of(argv), mode, Optional.empty(), List.of(), at("rc[" + index + "]")));
    }

    /** An rc entry with a workdir and per-process sysctl. */
    public static Step.StartProgram rc(int index, String bin, RunMode mode, String workdir, List<Sysctl> sysctl) {
        return new Step.StartProgram(index, new RcEntry(bin, List.of(), mode, Optional.of(workdir), sysctl, at("rc[" + index + "]")));
    }

    public static Sysctl procSysctl(String key, String value) {
        return new Sysctl(key, new SysctlValue.Str(value), at("rc[0].netbsd.sysctl"));
    }
}
