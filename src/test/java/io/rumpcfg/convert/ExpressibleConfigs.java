package io.rumpcfg.convert;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Cidr;
import io.rumpcfg.model.Config;
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
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random current-format configurations the older format can express for a dialect: programs
 * in bake order with one workdir (a cwd on solo5), env, a host name, interfaces with static,
 * dhcp or auto addresses and at most one gateway per family on a static address, etfs and vnd
 * devices (vnds numbered in order) mounted with their device or later, kernfs and device-node
 * mounts. Words and values include blanks, quotes of one kind, '&', '=' and empty strings.
 */
final class ExpressibleConfigs {
    /** A configuration and the bins, in bake order, it is for. */
    record Case(Config config, OlderDialect dialect, List<String> bins) {}

    private static final Origin O = Origin.SYNTHETIC;
    private static final List<String> WORDS = List.of("-v", "a b", "", "x=1&y=2", "it's", "/data/app.conf", "--", "ünï");
    private static final List<String> BINS = List.of("app", "tool", "web", "db");
    private static final List<String> MOUNTPOINTS = List.of("/data", "/srv/www", "/var/blk/hda1", "/opt");

    private ExpressibleConfigs() {}

    static Arbitrary<Case> cases() {
        return Arbitraries.randomValue(ExpressibleConfigs::generate);
    }

    private static Case generate(Random r) {
        OlderDialect dialect = r.nextBoolean() ? OlderDialect.MASTER : OlderDialect.SOLO5;
        List<String> bins = new ArrayList<>(BINS.subList(0, 1 + r.nextInt(BINS.size())));
        Optional<String> workdir = dialect == OlderDialect.SOLO5 && r.nextBoolean()
                ? Optional.of(pick(r, List.of("/data", "/", "/hello"))) : Optional.empty();
        List<RcEntry> rc = new ArrayList<>();
        int programs = 1 + r.nextInt(bins.size());
        for (int i = 0; i < programs; i++) {
            List<String> argv = new ArrayList<>();
            argv.add(r.nextInt(4) == 0 ? "/bin/" + bins.get(i) : bins.get(i));
            for (int w = r.nextInt(4); w > 0; w--) {
                argv.add(pick(r, WORDS));
            }
            rc.add(new RcEntry(bins.get(i), r.nextInt(5) == 0 ? List.of() : argv, RunMode.WAIT, workdir, List.of(), O));
        }
        List<EnvVar> env = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("PATH", "HOME", "TZ", "URL"));
        Collections.shuffle(names, r);
        for (String name : names.subList(0, r.nextInt(names.size() + 1))) {
            env.add(new EnvVar(name, pick(r, List.of("/usr/bin:/bin", "a b", "", "x=1&y=2", "UTC")), O));
        }
        Optional<Hostname> hostname = r.nextBoolean() ? Optional.of(new Hostname(pick(r, List.of("web1", "host-a.example")), O))
                : Optional.empty();
        List<Blk> blk = new ArrayList<>();
        List<Mount> mounts = new ArrayList<>();
        storage(r, dialect, blk, mounts);
        return new Case(new Config(List.of(), Optional.of(rc), env, hostname, net(r, dialect), blk, mounts), dialect, bins);
    }

    private static Net net(Random r, OlderDialect dialect) {
        List<NetInterface> interfaces = new ArrayList<>();
        List<Gateway> gateways = new ArrayList<>();
        int count = dialect == OlderDialect.MASTER ? r.nextInt(2) : r.nextInt(3);
        for (int k = 0; k < count; k++) {
            List<IfAddr> addrs = new ArrayList<>();
            int method = r.nextInt(3);
            if (method == 0) {
                int prefix = pick(r, List.of(1, 16, 24));
                addrs.add(new IfAddr(AddressFamily.INET, AddrMethod.STATIC,
                        Optional.of(new Cidr(ip("10." + k + ".0.2"), prefix)), O));
                if (gateways.isEmpty() && r.nextBoolean()) {
                    gateways.add(new Gateway(AddressFamily.INET, ip("10." + k + ".0.1"), O));
                }
            } else {
                addrs.add(new IfAddr(AddressFamily.INET, AddrMethod.DHCP, Optional.empty(), O));
            }
            if (r.nextBoolean()) {
                addrs.add(new IfAddr(AddressFamily.INET6, AddrMethod.AUTO, Optional.empty(), O));
            }
            String name = dialect == OlderDialect.SOLO5 && k == 0 ? "ukvmif0" : "vioif" + k;
            interfaces.add(new NetInterface(name, r.nextBoolean(), addrs, O));
        }
        return new Net(interfaces, gateways, Optional.empty());
    }

    private static void storage(Random r, OlderDialect dialect, List<Blk> blk, List<Mount> mounts) {
        List<String> free = new ArrayList<>(MOUNTPOINTS);
        Collections.shuffle(free, r);
        List<Mount> later = new ArrayList<>();
        int vnds = 0;
        for (int d = r.nextInt(4); d > 0; d--) {
            Blk device;
            int kind = r.nextInt(3);
            if (kind == 0) {
                device = new Blk.Vnd("vnd" + vnds, vnds, pick(r, List.of("images/web.iso", "/data.img")) , O);
                vnds++;
            } else if (kind == 1 || dialect == OlderDialect.MASTER) {
                String disk = "xvd" + (char) ('a' + blk.size());
                device = new Blk.Etfs(disk, Blk.Etfs.BLKFRONT_PREFIX + disk, O);
            } else {
                String name = "ld" + blk.size() + "a";
                device = new Blk.Etfs(name, Blk.Etfs.SOLO5_PREFIX + name, O);
            }
            blk.add(device);
            if (free.isEmpty() || r.nextInt(4) == 0) {
                continue;
            }
            String node = device instanceof Blk.Vnd ? device.devicePath() + "d" : device.devicePath();
            Mount mount = new Mount(free.remove(0), new MountSource.BlkDevice(node), O);
            (r.nextBoolean() ? mounts : later).add(mount);
        }
        mounts.addAll(later);
        if (r.nextBoolean()) {
            mounts.add(new Mount("/kern", new MountSource.Kernfs(), O));
        }
        // A device is mounted once: the root's /dev/ld0a only when the etfs ld0a is not mounted.
        boolean ld0aMounted = mounts.stream().anyMatch(m -> m.source().equals(new MountSource.BlkDevice("/dev/ld0a")));
        if (dialect == OlderDialect.SOLO5 && !ld0aMounted && r.nextInt(3) == 0) {
            mounts.add(0, new Mount("/", new MountSource.BlkDevice("/dev/ld0a"), O));
        }
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
