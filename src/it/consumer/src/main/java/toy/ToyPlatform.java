package toy;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.SpawnRequest;
import io.rumpcfg.testing.FakePlatform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A toy runtime's platform: it keeps the kernel's sysctl table and the environment itself,
 * and keeps a console of every effect; files, devices, mounts, network and programs go to an
 * in-memory {@link FakePlatform}.
 */
public final class ToyPlatform implements Platform {
    private final FakePlatform machine;
    private final Map<String, String> sysctl = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> console = new ArrayList<>();
    private final List<Program> started = new ArrayList<>();

    public ToyPlatform(FakePlatform machine) {
        this.machine = machine;
    }

    /** The in-memory machine underneath. */
    public FakePlatform machine() {
        return machine;
    }

    public synchronized Map<String, String> sysctls() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(sysctl));
    }

    public synchronized Map<String, String> environment() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    public synchronized List<String> console() {
        return List.copyOf(console);
    }

    /** The start order of {@code program}: 0 for the first program this platform started. */
    public synchronized int numberOf(Program program) {
        for (int i = 0; i < started.size(); i++) {
            if (started.get(i) == program) {
                return i;
            }
        }
        throw new IllegalArgumentException("not started here: " + program);
    }

    private synchronized void log(String line) {
        console.add(line);
    }

    @Override
    public synchronized void sysctl(String key, String value) {
        log("sysctl " + key + "=" + value);
        sysctl.put(key, value);
    }

    @Override
    public synchronized void setenv(String name, String value) {
        log("setenv " + name);
        env.put(name, value);
    }

    @Override
    public void ifcreate(String ifname) throws PlatformException {
        log("ifcreate " + ifname);
        machine.ifcreate(ifname);
    }

    @Override
    public void dhcp4(String ifname) throws PlatformException {
        log("dhcp4 " + ifname);
        machine.dhcp4(ifname);
    }

    @Override
    public void ifaddr4(String ifname, String address, int prefix) throws PlatformException {
        log("ifaddr4 " + ifname + " " + address + "/" + prefix);
        machine.ifaddr4(ifname, address, prefix);
    }

    @Override
    public void auto6(String ifname) throws PlatformException {
        log("auto6 " + ifname);
        machine.auto6(ifname);
    }

    @Override
    public void ifaddr6(String ifname, String address, int prefix) throws PlatformException {
        log("ifaddr6 " + ifname + " " + address + "/" + prefix);
        machine.ifaddr6(ifname, address, prefix);
    }

    @Override
    public void gateway4(String address) throws PlatformException {
        log("gateway4 " + address);
        machine.gateway4(address);
    }

    @Override
    public void gateway6(String address) throws PlatformException {
        log("gateway6 " + address);
        machine.gateway6(address);
    }

    @Override
    public void mkdirs(String path) throws PlatformException {
        machine.mkdirs(path);
    }

    @Override
    public void writeFile(String path, byte[] content) throws PlatformException {
        log("write " + path);
        machine.writeFile(path, content);
    }

    @Override
    public byte[] readFile(String path, int maxBytes) throws PlatformException {
        return machine.readFile(path, maxBytes);
    }

    @Override
    public void etfsRegister(String device, String hostPath) throws PlatformException {
        log("etfs " + device + " " + hostPath);
        machine.etfsRegister(device, hostPath);
    }

    @Override
    public void vndConfigure(int unit, String file, boolean readOnly) throws PlatformException {
        log("vnd" + unit + " " + file);
        machine.vndConfigure(unit, file, readOnly);
    }

    @Override
    public void mount(String fstype, String source, String mountpoint, Map<String, String> options)
            throws PlatformException {
        machine.mount(fstype, source, mountpoint, options);
        log("mount " + fstype + " " + source + " " + mountpoint);
    }

    @Override
    public List<String> bakedBinaries() throws PlatformException {
        return machine.bakedBinaries();
    }

    @Override
    public synchronized Program spawn(SpawnRequest request) throws PlatformException {
        Program program = machine.spawn(request);
        started.add(program);
        log("spawn " + request.bin());
        return program;
    }
}
