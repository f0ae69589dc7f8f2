package io.rumpcfg.plan;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.Sysctl;
import java.util.Objects;

/**
 * One effect of a configuration. Each step has a stable id, {@code op:argument}, which this
 * file alone spells: {@code sysctl:<key>}, {@code env:<NAME>}, {@code hostname},
 * {@code net.if:<ifname>}, {@code net.gw:inet}, {@code net.gw:inet6}, {@code net.dns},
 * {@code blk:<name>}, {@code mount:<mountpoint>}, {@code rc:<n>}.
 */
public sealed interface Step {
    /** The stable id. */
    String id();

    /** The id's part before the first {@code :}; the whole id when it has none. */
    default String op() {
        String id = id();
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    /** The configuration element the step came from. */
    Origin origin();

    /** Where the step goes when nothing else orders it. */
    Stage stage();

    /** A global sysctl setting. */
    record SetSysctl(Sysctl sysctl) implements Step {
        public SetSysctl {
            Objects.requireNonNull(sysctl, "sysctl");
        }

        @Override
        public String id() {
            return "sysctl:" + sysctl.key();
        }

        @Override
        public Origin origin() {
            return sysctl.origin();
        }

        @Override
        public Stage stage() {
            return Stage.SYSCTL;
        }
    }

    /** An environment variable for every program. */
    record SetEnv(EnvVar env) implements Step {
        public SetEnv {
            Objects.requireNonNull(env, "env");
        }

        @Override
        public String id() {
            return "env:" + env.name();
        }

        @Override
        public Origin origin() {
            return env.origin();
        }

        @Override
        public Stage stage() {
            return Stage.ENV;
        }
    }

    /** The host name, set as sysctl {@code kern.hostname}. */
    record SetHostname(Hostname hostname) implements Step {
        public SetHostname {
            Objects.requireNonNull(hostname, "hostname");
        }

        @Override
        public String id() {
            return "hostname";
        }

        @Override
        public Origin origin() {
            return hostname.origin();
        }

        @Override
        public Stage stage() {
            return Stage.HOSTNAME;
        }
    }

    /** An interface: created when asked, then each of its addresses configured. */
    record ConfigureInterface(NetInterface iface) implements Step {
        public ConfigureInterface {
            Objects.requireNonNull(iface, "iface");
        }

        @Override
        public String id() {
            return "net.if:" + iface.name();
        }

        @Override
        public Origin origin() {
            return iface.origin();
        }

        @Override
        public Stage stage() {
            return Stage.NET_IF;
        }
    }

    /** The default route of one address family. */
    record AddGateway(Gateway gateway) implements Step {
        public AddGateway {
            Objects.requireNonNull(gateway, "gateway");
        }

        @Override
        public String id() {
            return "net.gw:" + gateway.type().token();
        }

        @Override
        public Origin origin() {
            return gateway.origin();
        }

        @Override
        public Stage stage() {
            return Stage.NET_GW;
        }
    }

    /** Writes /etc/resolv.conf. */
    record WriteResolvConf(Dns dns) implements Step {
        public WriteResolvConf {
            Objects.requireNonNull(dns, "dns");
        }

        @Override
        public String id() {
            return "net.dns";
        }

        @Override
        public Origin origin() {
            return dns.origin();
        }

        @Override
        public Stage stage() {
            return Stage.NET_DNS;
        }
    }

    /**
     * A block device: an etfs registration or a vnd configuration.
     *
     * @param resolvedFile for a vnd, its backing file made absolute against the base directory;
     *                     for etfs, the host path as written
     */
    record ConfigureBlk(Blk blk, String resolvedFile) implements Step {
        public ConfigureBlk {
            Objects.requireNonNull(blk, "blk");
            Objects.requireNonNull(resolvedFile, "resolvedFile");
        }

        @Override
        public String id() {
            return "blk:" + blk.name();
        }

        @Override
        public Origin origin() {
            return blk.origin();
        }

        @Override
        public Stage stage() {
            return Stage.BLK;
        }
    }

    /** A mount, its directory created first. */
    record MountFs(Mount mount) implements Step {
        public MountFs {
            Objects.requireNonNull(mount, "mount");
        }

        @Override
        public String id() {
            return "mount:" + mount.mountpoint();
        }

        @Override
        public Origin origin() {
            return mount.origin();
        }

        @Override
        public Stage stage() {
            return mount.source() instanceof MountSource.Nfs ? Stage.NFS_MOUNT : Stage.LOCAL_MOUNT;
        }
    }

    /**
     * Starts a program: rc entry {@code index}, or the index-th baked binary when the
     * configuration has no rc.
     */
    record StartProgram(int index, RcEntry entry) implements Step {
        public StartProgram {
            if (index < 0) {
                throw new IllegalArgumentException("index < 0: " + index);
            }
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public String id() {
            return "rc:" + index;
        }

        @Override
        public Origin origin() {
            return entry.origin();
        }

        @Override
        public Stage stage() {
            return Stage.RC;
        }
    }
}
