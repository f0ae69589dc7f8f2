package io.rumpcfg.exec;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every step but mounts and programs into its platform calls. */
final class StepApplier {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);
    /** The directory resolv.conf lives in, created before it is written. */
    static final String ETC = "/etc";

    private final Platform platform;
    private final Mounter mounter;
    private final RcRunner rc;

    StepApplier(Platform platform, RcRunner rc) {
        this.platform = platform;
        this.mounter = new Mounter(platform);
        this.rc = rc;
    }

    void apply(Step step) throws StepError {
        try {
            if (step instanceof Step.SetSysctl) {
                Sysctl s = ((Step.SetSysctl) step).sysctl();
                LOG.debug("sysctl {}={}", s.key(), s.value().text());
                platform.sysctl(s.key(), s.value().text());
            } else if (step instanceof Step.SetEnv) {
                setenv(((Step.SetEnv) step).env());
            } else if (step instanceof Step.SetHostname) {
                Hostname h = ((Step.SetHostname) step).hostname();
                LOG.debug("sysctl {}={}", Hostname.SYSCTL_KEY, h.name());
                platform.sysctl(Hostname.SYSCTL_KEY, h.name());
            } else if (step instanceof Step.ConfigureInterface) {
                configure(((Step.ConfigureInterface) step).iface());
            } else if (step instanceof Step.AddGateway) {
                gateway(((Step.AddGateway) step).gateway());
            } else if (step instanceof Step.WriteResolvConf) {
                resolvConf(((Step.WriteResolvConf) step).dns());
            } else if (step instanceof Step.ConfigureBlk) {
                blk((Step.ConfigureBlk) step);
            } else if (step instanceof Step.MountFs) {
                mounter.mount(((Step.MountFs) step).mount());
            } else if (step instanceof Step.StartProgram) {
                rc.start((Step.StartProgram) step);
            } else {
                throw new IllegalStateException("a step kind the executor does not know: " + step.id());
            }
        } catch (PlatformException e) {
            throw StepError.of(e);
        }
    }

    private void setenv(EnvVar env) throws PlatformException {
        // Values are detail (DEBUG), and secret ones are never logged at all.
        if (env.isSecret()) {
            LOG.debug("setenv {} (secret value not logged)", env.name());
        } else {
            LOG.debug("setenv {}={}", env.name(), env.value());
        }
        platform.setenv(env.name(), env.value());
        rc.setenv(env.name(), env.value());
    }

    private void configure(NetInterface iface) throws PlatformException {
        if (iface.create()) {
            LOG.debug("ifcreate {}", iface.name());
            platform.ifcreate(iface.name());
        }
        for (IfAddr addr : iface.addrs()) {
            LOG.debug("{} {} {}", iface.name(), addr.type().token(), addr.addr().map(Object::toString).orElse(addr.method().token()));
            boolean inet = addr.type() == AddressFamily.INET;
            if (addr.method() == AddrMethod.STATIC) {
                String address = addr.addr().get().address().toString();
                int prefix = addr.addr().get().prefix();
                if (inet) {
                    platform.ifaddr4(iface.name(), address, prefix);
                } else {
                    platform.ifaddr6(iface.name(), address, prefix);
                }
            } else if (inet) {
                platform.dhcp4(iface.name());
            } else {
                platform.auto6(iface.name());
            }
        }
    }

    private void gateway(Gateway gateway) throws PlatformException {
        LOG.debug("default route {} {}", gateway.type().token(), gateway.addr());
        if (gateway.type() == AddressFamily.INET) {
            platform.gateway4(gateway.addr().toString());
        } else {
            platform.gateway6(gateway.addr().toString());
        }
    }

    private void resolvConf(Dns dns) throws PlatformException {
        String content = dns.resolvConf();
        LOG.debug("writing {} ({} nameservers, {} search domains)", Dns.RESOLV_CONF, dns.nameservers().size(), dns.search().size());
        platform.mkdirs(ETC);
        platform.writeFile(Dns.RESOLV_CONF, content.getBytes(StandardCharsets.UTF_8));
    }

    private void blk(Step.ConfigureBlk step) throws PlatformException {
        Blk blk = step.blk();
        if (blk instanceof Blk.Etfs) {
            LOG.debug("etfs {} -> {}", blk.devicePath(), ((Blk.Etfs) blk).hostPath());
            platform.etfsRegister(blk.devicePath(), ((Blk.Etfs) blk).hostPath());
        } else {
            Blk.Vnd vnd = (Blk.Vnd) blk;
            LOG.debug("vnd{} -> {} (read-only)", vnd.unit(), step.resolvedFile());
            platform.vndConfigure(vnd.unit(), step.resolvedFile(), true);
        }
    }
}
