package io.rumpcfg.platform;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A platform that passes every call to another: the base for a test or a runtime that
 * changes one call (to fail it, count it, or log it) and keeps the rest. Override the calls
 * to change; each calls {@code delegate()} unless overridden.
 *
 * <pre>{@code
 * Platform noNetwork = new ForwardingPlatform(FakePlatform.withEchoBins(List.of("app"))) {
 *     @Override
 *     public void dhcp4(String ifname) throws PlatformException {
 *         throw new PlatformException(Errno.ENETUNREACH, "no DHCP server in this test");
 *     }
 * };
 * }</pre>
 *
 * <p>As thread safe as the delegate: this class keeps no state of its own.
 */
public abstract class ForwardingPlatform implements Platform {
    private final Platform delegate;

    /** @param delegate the platform every call not overridden goes to; not null */
    protected ForwardingPlatform(Platform delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The platform every call not overridden goes to. */
    protected final Platform delegate() {
        return delegate;
    }

    @Override
    public void sysctl(String key, String value) throws PlatformException {
        delegate.sysctl(key, value);
    }

    @Override
    public void setenv(String name, String value) throws PlatformException {
        delegate.setenv(name, value);
    }

    @Override
    public void ifcreate(String ifname) throws PlatformException {
        delegate.ifcreate(ifname);
    }

    @Override
    public void dhcp4(String ifname) throws PlatformException {
        delegate.dhcp4(ifname);
    }

    @Override
    public void ifaddr4(String ifname, String address, int prefix) throws PlatformException {
        delegate.ifaddr4(ifname, address, prefix);
    }

    @Override
    public void auto6(String ifname) throws PlatformException {
        delegate.auto6(ifname);
    }

    @Override
    public void ifaddr6(String ifname, String address, int prefix) throws PlatformException {
        delegate.ifaddr6(ifname, address, prefix);
    }

    @Override
    public void gateway4(String address) throws PlatformException {
        delegate.gateway4(address);
    }

    @Override
    public void gateway6(String address) throws PlatformException {
        delegate.gateway6(address);
    }

    @Override
    public void mkdirs(String path) throws PlatformException {
        delegate.mkdirs(path);
    }

    @Override
    public void writeFile(String path, byte[] content) throws PlatformException {
        delegate.writeFile(path, content);
    }

    @Override
    public byte[] readFile(String path, int maxBytes) throws PlatformException {
        return delegate.readFile(path, maxBytes);
    }

    @Override
    public void etfsRegister(String device, String hostPath) throws PlatformException {
        delegate.etfsRegister(device, hostPath);
    }

    @Override
    public void vndConfigure(int unit, String file, boolean readOnly) throws PlatformException {
        delegate.vndConfigure(unit, file, readOnly);
    }

    @Override
    public void mount(String fstype, String source, String mountpoint, Map<String, String> options)
            throws PlatformException {
        delegate.mount(fstype, source, mountpoint, options);
    }

    @Override
    public List<String> bakedBinaries() throws PlatformException {
        return delegate.bakedBinaries();
    }

    @Override
    public Program spawn(SpawnRequest request) throws PlatformException {
        return delegate.spawn(request);
    }
}
