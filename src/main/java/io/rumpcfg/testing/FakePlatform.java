package io.rumpcfg.testing;

import io.rumpcfg.exec.ExecListener;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.SpawnRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete in-memory {@link Platform} for tests and dry runs.
 *
 * <p>It keeps a file system (directories, files, /dev nodes, a mount table), interfaces with
 * their addresses, default routes, a sysctl table and the environment, and it runs baked
 * binaries written as Java functions ({@link BakedBinary}). It checks what a guest would: a
 * mount needs an existing directory ({@code ENOENT}) and, for ffs, ext2fs and cd9660, a device
 * that was configured (etfs, vnd) or declared to the builder ({@code ENXIO}) and that holds
 * that file system ({@code EINVAL}, so the executor tries the next type); {@code writeFile}
 * needs an existing directory and replaces a file in one step.
 *
 * <p><b>Threads.</b> Each program runs on its own daemon thread, as it would in its own rump
 * kernel process: a {@code "&"} program really runs alongside later ones, and a {@code "|"}
 * pipeline streams through a bounded in-memory pipe (a writer blocks when the reader falls
 * 64 KiB behind). Output is deterministic whenever the programs are. The platform's own
 * state is guarded by the platform's lock, so it may be read while programs run.
 *
 * <p><b>Failures.</b> A {@link Fault} makes the first platform call of a step fail (step
 * faults; wire {@link #stepTracker()} into the executor's listener so the platform knows the
 * current step) or every call of one method (call faults).
 *
 * <p>{@link #dump(boolean)} renders the whole state as text.
 */
public final class FakePlatform implements Platform {
    private final FakeFileSystem fs;
    private final FakePrograms programs;
    private final FaultInjector faults;
    private final FakeNetwork net = new FakeNetwork();
    private final Map<String, String> sysctl = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();

    FakePlatform(FakeFileSystem fs, Map<String, BakedBinary> binaries, List<Fault> faults) {
        this.fs = fs;
        this.programs = new FakePrograms(binaries);
        this.faults = new FaultInjector(faults, this);
    }

    /**
     * A builder for a platform that starts with the root directory alone: no binaries, devices,
     * files or faults.
     */
    public static FakePlatformBuilder builder() {
        return new FakePlatformBuilder();
    }

    /** A platform whose baked binaries are {@code names}, each {@link BakedBinary#echo()}. */
    public static FakePlatform withEchoBins(List<String> names) {
        FakePlatformBuilder b = builder();
        for (String name : names) {
            b.echoBin(name);
        }
        return b.build();
    }

    /**
     * A listener that tells this platform which step the executor is applying; step faults
     * need it. Combine it with others through {@link ExecListener#all}.
     */
    public ExecListener stepTracker() {
        return faults.tracker();
    }

    /** Records a call and throws the fault injected for it, if any. */
    private void enter(String call, String detail) throws PlatformException {
        calls.add(detail.isEmpty() ? call : call + " " + detail);
        faults.check(call);
    }

    @Override
    public synchronized void sysctl(String key, String value) throws PlatformException {
        enter("sysctl", key + "=" + value);
        sysctl.put(key, value);
    }

    @Override
    public synchronized void setenv(String name, String value) throws PlatformException {
        enter("setenv", name);
        env.put(name, value);
    }

    @Override
    public synchronized void ifcreate(String ifname) throws PlatformException {
        enter("ifcreate", ifname);
        net.create(ifname);
    }

    @Override
    public synchronized void dhcp4(String ifname) throws PlatformException {
        enter("dhcp4", ifname);
        net.address(ifname, "inet dhcp");
    }

    @Override
    public synchronized void ifaddr4(String ifname, String address, int prefix) throws PlatformException {
        enter("ifaddr4", ifname + " " + address + "/" + prefix);
        net.address(ifname, "inet " + address + "/" + prefix);
    }

    @Override
    public synchronized void auto6(String ifname) throws PlatformException {
        enter("auto6", ifname);
        net.address(ifname, "inet6 auto");
    }

    @Override
    public synchronized void ifaddr6(String ifname, String address, int prefix) throws PlatformException {
        enter("ifaddr6", ifname + " " + address + "/" + prefix);
        net.address(ifname, "inet6 " + address + "/" + prefix);
    }

    @Override
    public synchronized void gateway4(String address) throws PlatformException {
        enter("gateway4", address);
        net.route("inet", address);
    }

    @Override
    public synchronized void gateway6(String address) throws PlatformException {
        enter("gateway6", address);
        net.route("inet6", address);
    }

    @Override
    public synchronized void mkdirs(String path) throws PlatformException {
        enter("mkdirs", path);
        fs.mkdirs(path);
    }

    @Override
    public synchronized void writeFile(String path, byte[] content) throws PlatformException {
        enter("writeFile", path);
        fs.writeFile(path, content);
    }

    @Override
    public synchronized byte[] readFile(String path, int maxBytes) throws PlatformException {
        enter("readFile", path);
        return fs.readFile(path, maxBytes);
    }

    @Override
    public synchronized void etfsRegister(String device, String hostPath) throws PlatformException {
        enter("etfsRegister", device + " " + hostPath);
        if (!device.startsWith("/dev/")) {
            throw new PlatformException(Errno.EINVAL, device + ": not a /dev path");
        }
        fs.addDevice(new DeviceNode(device, "etfs", hostPath, false));
    }

    @Override
    public synchronized void vndConfigure(int unit, String file, boolean readOnly) throws PlatformException {
        enter("vndConfigure", unit + " " + file + (readOnly ? " ro" : ""));
        String device = "/dev/vnd" + unit;
        if (fs.devices.containsKey(device)) {
            throw new PlatformException(Errno.EBUSY, device + ": already configured");
        }
        // The fake does not look inside disk images, so any backing file is accepted.
        fs.addDevice(new DeviceNode(device, "vnd", file, readOnly));
    }

    @Override
    public synchronized void mount(String fstype, String source, String mountpoint, Map<String, String> options)
            throws PlatformException {
        enter("mount", fstype + " " + source + " " + mountpoint + " " + options);
        fs.mount(fstype, source, mountpoint, options);
    }

    @Override
    public synchronized List<String> bakedBinaries() throws PlatformException {
        enter("bakedBinaries", "");
        return programs.names();
    }

    @Override
    public synchronized Program spawn(SpawnRequest request) throws PlatformException {
        enter("spawn", request.bin() + " " + request.argv());
        if (!fs.isDirectory(request.workdir())) {
            throw new PlatformException(Errno.ENOENT, request.workdir() + ": no such directory (workdir of " + request.bin() + ")");
        }
        return programs.spawn(request);
    }

    // ---- state, for assertions and the dump ----

    /** Every platform call so far, in order: {@code mount ffs /dev/ld0a /rootfs {}}; env values are left out. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** The sysctl table, in the order keys were first set. */
    public synchronized Map<String, String> sysctls() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(sysctl));
    }

    /** The environment set with {@code setenv}, in order. */
    public synchronized Map<String, String> environment() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    /** Interfaces, in the order they were first touched. */
    public synchronized List<NetInterfaceState> interfaces() {
        return net.interfaces();
    }

    /** Default routes: address family ({@code inet}, {@code inet6}) → gateway. */
    public synchronized Map<String, String> routes() {
        return net.routes();
    }

    /** The mount table, in mount order. */
    public synchronized List<MountEntry> mounts() {
        return List.copyOf(fs.mounts);
    }

    /** The device nodes under /dev, declared ones first, then in configuration order. */
    public synchronized List<DeviceNode> devices() {
        return List.copyOf(fs.devices.values());
    }

    /** Whether {@code path} is a directory. */
    public synchronized boolean isDirectory(String path) {
        return fs.isDirectory(path);
    }

    /** All directories, sorted. */
    public synchronized List<String> directories() {
        return List.copyOf(fs.dirs);
    }

    /** The content of a file. */
    public synchronized Optional<byte[]> file(String path) {
        try {
            byte[] content = fs.files.get(FakeFileSystem.normalize(path));
            return content == null ? Optional.empty() : Optional.of(content.clone());
        } catch (PlatformException e) {
            return Optional.empty();
        }
    }

    /** The content of a file as UTF-8 text. */
    public Optional<String> fileText(String path) {
        Optional<byte[]> content = file(path);
        return content.isEmpty() ? Optional.empty() : Optional.of(new String(content.get(), StandardCharsets.UTF_8));
    }

    /** Paths of all files, in the order first written. */
    public synchronized List<String> files() {
        return List.copyOf(fs.files.keySet());
    }

    /** Every program started, in start order, as it is now. */
    public List<ProgramRecord> programs() {
        return programs.records();
    }

    /**
     * The whole state as text, one section per kind. Values of environment variables whose
     * names look secret are shown as {@code <redacted>} unless {@code reveal}.
     */
    public String dump(boolean reveal) {
        return FakeDump.render(this, reveal);
    }
}
