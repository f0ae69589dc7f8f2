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
 * {@code blk:<name>}, {@code mount:<mountpoint>}, {@code rc:<n>}. The two steps of which a
 * configuration has one at most, {@code hostname} and {@code net.dns}, are their op alone.
 */
public sealed interface Step {
    /** The stable id: {@link #op}, a {@code :} and {@link #argument}; the op alone when there is no argument. */
    default String id() {
        return op() + ":" + argument();
    }

    /** The id's part before the first {@code :}: what kind of effect this is. */
    String op();

    /**
     * The id's part after the op and its {@code :}: what the step configures among the steps
     * of its op (a sysctl's key, a variable's name, a mountpoint, an rc index); empty for a
     * step whose id is its op alone. Two steps of one op have one argument exactly when they
     * have one id.
     */
    String argument();

    /** The configuration element the step came from. */
    Origin origin();

    /** Where the step goes when nothing else orders it. */
    Stage stage();

    /**
     * Calls the method of {@code visitor} for this kind of step.
     *
     * @param <R>     what the visitor returns
     * @param <X>     what the visitor may throw
     * @param visitor the operation, one method per kind of step
     * @return what the visitor's method returned
     * @throws X what the visitor's method threw
     */
    <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X;

    /**
     * An operation over steps, one method per kind: a new kind of step does not compile until
     * every operation handles it.
     *
     * @param <R> what each method returns
     * @param <X> what each method may throw; {@link RuntimeException} for none
     */
    interface Visitor<R, X extends Exception> {
        /** The operation on a sysctl step. */
        R sysctl(SetSysctl step) throws X;

        /** The operation on an environment variable step. */
        R env(SetEnv step) throws X;

        /** The operation on the host name step. */
        R hostname(SetHostname step) throws X;

        /** The operation on an interface step. */
        R iface(ConfigureInterface step) throws X;

        /** The operation on a default route step. */
        R gateway(AddGateway step) throws X;

        /** The operation on the resolv.conf step. */
        R resolvConf(WriteResolvConf step) throws X;

        /** The operation on a block device step. */
        R blk(ConfigureBlk step) throws X;

        /** The operation on a mount step. */
        R mount(MountFs step) throws X;

        /** The operation on a program step. */
        R program(StartProgram step) throws X;
    }

    /**
     * A global sysctl setting.
     *
     * @param sysctl the setting
     */
    record SetSysctl(Sysctl sysctl) implements Step {
        /**
         * Makes the step.
         *
         * @throws NullPointerException if {@code sysctl} is null
         */
        public SetSysctl {
            Objects.requireNonNull(sysctl, "sysctl");
        }

        @Override
        public String op() {
            return "sysctl";
        }

        @Override
        public String argument() {
            return sysctl.key();
        }

        @Override
        public Origin origin() {
            return sysctl.origin();
        }

        @Override
        public Stage stage() {
            return Stage.SYSCTL;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.sysctl(this);
        }
    }

    /**
     * An environment variable for every program.
     *
     * @param env the variable
     */
    record SetEnv(EnvVar env) implements Step {
        /**
         * Makes the step.
         *
         * @throws NullPointerException if {@code env} is null
         */
        public SetEnv {
            Objects.requireNonNull(env, "env");
        }

        @Override
        public String op() {
            return "env";
        }

        @Override
        public String argument() {
            return env.name();
        }

        @Override
        public Origin origin() {
            return env.origin();
        }

        @Override
        public Stage stage() {
            return Stage.ENV;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.env(this);
        }
    }

    /**
     * The host name, set as sysctl {@code kern.hostname}.
     *
     * @param hostname the host name
     */
    record SetHostname(Hostname hostname) implements Step {
        /**
         * Makes the step.
         *
         * @throws NullPointerException if {@code hostname} is null
         */
        public SetHostname {
            Objects.requireNonNull(hostname, "hostname");
        }

        @Override
        public String id() {
            return op();
        }

        @Override
        public String op() {
            return "hostname";
        }

        @Override
        public String argument() {
            return "";
        }

        @Override
        public Origin origin() {
            return hostname.origin();
        }

        @Override
        public Stage stage() {
            return Stage.HOSTNAME;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.hostname(this);
        }
    }

    /**
     * An interface: created when asked, then each of its addresses configured.
     *
     * @param iface the interface with its addresses
     */
    record ConfigureInterface(NetInterface iface) implements Step {
        /**
         * Makes the step.
         *
         * @throws NullPointerException if {@code iface} is null
         */
        public ConfigureInterface {
            Objects.requireNonNull(iface, "iface");
        }

        @Override
        public String op() {
            return "net.if";
        }

        @Override
        public String argument() {
            return iface.name();
        }

        @Override
        public Origin origin() {
            return iface.origin();
        }

        @Override
        public Stage stage() {
            return Stage.NET_IF;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.iface(this);
        }
    }

    /**
     * The default route of one address family.
     *
     * @param gateway the gateway
     */
    record AddGateway(Gateway gateway) implements Step {
        /**
         * Makes the step.
         *
         * @throws NullPointerException if {@code gateway} is null
         */
        public AddGateway {
            Objects.requireNonNull(gateway, "gateway");
        }

        @Override
        public String op() {
            return "net.gw";
        }

        @Override
        public String argument() {
            return gateway.type().token();
        }

        @Override
        public Origin origin() {
            return gateway.origin();
        }

        @Override
        public Stage stage() {
            return Stage.NET_GW;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.gateway(this);
        }
    }

    /**
     * Writes /etc/resolv.conf.
     *
     * @param dns the DNS settings
     */
    record WriteResolvConf(Dns dns) implements Step {
        /**
         * Makes the step.
         *
         * @throws NullPointerException if {@code dns} is null
         */
        public WriteResolvConf {
            Objects.requireNonNull(dns, "dns");
        }

        @Override
        public String id() {
            return op();
        }

        @Override
        public String op() {
            return "net.dns";
        }

        @Override
        public String argument() {
            return "";
        }

        @Override
        public Origin origin() {
            return dns.origin();
        }

        @Override
        public Stage stage() {
            return Stage.NET_DNS;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.resolvConf(this);
        }
    }

    /**
     * A block device: an etfs registration or a vnd configuration.
     *
     * @param blk          the device
     * @param resolvedFile for a vnd, its backing file made absolute against the base directory;
     *                     for etfs, the host path as written
     */
    record ConfigureBlk(Blk blk, String resolvedFile) implements Step {
        /**
         * Makes the step.
         *
         * @throws NullPointerException if either component is null
         */
        public ConfigureBlk {
            Objects.requireNonNull(blk, "blk");
            Objects.requireNonNull(resolvedFile, "resolvedFile");
        }

        @Override
        public String op() {
            return "blk";
        }

        @Override
        public String argument() {
            return blk.name();
        }

        @Override
        public Origin origin() {
            return blk.origin();
        }

        @Override
        public Stage stage() {
            return Stage.BLK;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.blk(this);
        }
    }

    /**
     * A mount, its directory created first. {@code layer} counts the mounts at its mountpoint
     * so far: 1 for the first, 2 for one mounted over it (an older document may mount one
     * mountpoint twice, as rumprun master does), whose argument is the mountpoint and
     * {@code #2}.
     *
     * @param mount the mount
     * @param layer 1 for the first mount at its mountpoint, 2 for the one over it, and so on
     */
    record MountFs(Mount mount, int layer) implements Step {
        /**
         * Makes the step.
         *
         * @throws NullPointerException     if {@code mount} is null
         * @throws IllegalArgumentException if {@code layer} is below 1
         */
        public MountFs {
            Objects.requireNonNull(mount, "mount");
            if (layer < 1) {
                throw new IllegalArgumentException("layer < 1: " + layer);
            }
        }

        /** The first mount at its mountpoint. */
        public MountFs(Mount mount) {
            this(mount, 1);
        }

        @Override
        public String op() {
            return "mount";
        }

        @Override
        public String argument() {
            return layer == 1 ? mount.mountpoint() : mount.mountpoint() + "#" + layer;
        }

        @Override
        public Origin origin() {
            return mount.origin();
        }

        @Override
        public Stage stage() {
            return mount.source() instanceof MountSource.Nfs ? Stage.NFS_MOUNT : Stage.LOCAL_MOUNT;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.mount(this);
        }
    }

    /**
     * Starts a program: rc entry {@code index}, or the index-th baked binary when the
     * configuration has no rc.
     *
     * @param index the entry's index in rc, or the binary's in bake order, from 0
     * @param entry the entry; for a baked binary without rc, the entry {@link RcEntry#baked} makes
     */
    record StartProgram(int index, RcEntry entry) implements Step {
        /**
         * Makes the step.
         *
         * @throws NullPointerException     if {@code entry} is null
         * @throws IllegalArgumentException if {@code index} is negative
         */
        public StartProgram {
            if (index < 0) {
                throw new IllegalArgumentException("index < 0: " + index);
            }
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public String op() {
            return "rc";
        }

        @Override
        public String argument() {
            return String.valueOf(index);
        }

        @Override
        public Origin origin() {
            return entry.origin();
        }

        @Override
        public Stage stage() {
            return Stage.RC;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.program(this);
        }
    }
}
