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

/**
 * Turns a step into its platform calls; mounts and programs are {@link Mounter}'s and
 * {@link RcRunner}'s. A platform call's failure becomes the step's {@link StepError}.
 */
final class StepApplier implements Step.Visitor<Void, StepError> {
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
        step.accept(this);
    }

    @Override
    public Void sysctl(Step.SetSysctl step) throws StepError {
        Sysctl s = step.sysctl();
        LOG.debug("sysctl {}={}", s.key(), s.value().text());
        try {
            platform.sysctl(s.key(), s.value().text());
        } catch (PlatformException e) {
            throw StepError.of(e);
        }
        return null;
    }

    @Override
    public Void env(Step.SetEnv step) throws StepError {
        try {
            setenv(step.env());
        } catch (PlatformException e) {
            throw StepError.of(e);
        }
        return null;
    }

    @Override
    public Void hostname(Step.SetHostname step) throws StepError {
        Hostname h = step.hostname();
        LOG.debug("sysctl {}={}", Hostname.SYSCTL_KEY, h.name());
        try {
            platform.sysctl(Hostname.SYSCTL_KEY, h.name());
        } catch (PlatformException e) {
            throw StepError.of(e);
        }
        return null;
    }

    @Override
    public Void iface(Step.ConfigureInterface step) throws StepError {
        try {
            configure(step.iface());
        } catch (PlatformException e) {
            throw StepError.of(e);
        }
        return null;
    }

    @Override
    public Void gateway(Step.AddGateway step) throws StepError {
        try {
            gateway(step.gateway());
        } catch (PlatformException e) {
            throw StepError.of(e);
        }
        return null;
    }

    @Override
    public Void resolvConf(Step.WriteResolvConf step) throws StepError {
        try {
            resolvConf(step.dns());
        } catch (PlatformException e) {
            throw StepError.of(e);
        }
        return null;
    }

    @Override
    public Void blk(Step.ConfigureBlk step) throws StepError {
        try {
            step.blk().accept(new BlkCalls(step.resolvedFile()));
        } catch (PlatformException e) {
            throw StepError.of(e);
        }
        return null;
    }

    @Override
    public Void mount(Step.MountFs step) throws StepError {
        try {
            mounter.mount(step.mount());
        } catch (PlatformException e) {
            throw StepError.of(e);
        }
        return null;
    }

    @Override
    public Void program(Step.StartProgram step) throws StepError {
        try {
            rc.start(step);
        } catch (PlatformException e) {
            throw StepError.of(e);
        }
        return null;
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
            LOG.debug("{} {} {}", iface.name(), addr.type().token(),
                    addr.addr().isPresent() ? addr.addr().get() : addr.method().token());
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

    /** An etfs registration or a vnd configuration, the latter of {@code resolvedFile}. */
    private final class BlkCalls implements Blk.Visitor<Void, PlatformException> {
        private final String resolvedFile;

        BlkCalls(String resolvedFile) {
            this.resolvedFile = resolvedFile;
        }

        @Override
        public Void etfs(Blk.Etfs etfs) throws PlatformException {
            LOG.debug("etfs {} -> {}", etfs.devicePath(), etfs.hostPath());
            platform.etfsRegister(etfs.devicePath(), etfs.hostPath());
            return null;
        }

        @Override
        public Void vnd(Blk.Vnd vnd) throws PlatformException {
            LOG.debug("vnd{} -> {} (read-only)", vnd.unit(), resolvedFile);
            platform.vndConfigure(vnd.unit(), resolvedFile, true);
            return null;
        }
    }
}
