package io.rumpcfg.linux;

import io.rumpcfg.model.EnvVar;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.ProgramOutput;
import io.rumpcfg.platform.SpawnRequest;
import io.rumpcfg.process.HostEnv;
import io.rumpcfg.process.HostProcess;
import io.rumpcfg.process.HostProgram;
import io.rumpcfg.process.HostPrograms;
import io.rumpcfg.process.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Platform} that really applies a configuration on Linux: the guest is a set of
 * namespaces made for it (mount, UTS, network, PID, IPC) with a host directory as its root,
 * and every effect is the kernel's own. It drives the kernel through the machine's programs
 * (unshare, nsenter, setsid and losetup of util-linux, mount, ip of iproute2, a DHCP client),
 * so it needs root; {@link #missing()} says what a machine lacks.
 *
 * <ul>
 *   <li>Host name and the sysctls a namespace keeps ({@code kern.hostname},
 *       {@code kern.domainname}, {@code net.*}) go to the guest's {@code /proc/sys};
 *       {@link #sysctlRefusal} names the others, which would change the host.</li>
 *   <li>Each interface is the guest end of a veth pair whose host end, {@code peer0},
 *       {@code peer1}, ... in the order the interfaces are first named, lives in a second
 *       network namespace made for the run (or the caller's, {@link Builder#peerNamespace}),
 *       never joined to the machine's own interfaces. Static addresses and gateways become
 *       addresses and routes; {@code dhcp} runs udhcpc or dhclient once; {@code auto}
 *       (inet6) turns on SLAAC.</li>
 *   <li>A vnd is a loop device on its backing file as the guest sees it; an etfs device, or
 *       one the configuration only mounts, is the host file or block device
 *       {@link Builder#device} gives. Mounts use the Linux file systems that stand for the
 *       guest's (ext2/ext3/ext4 for ext2fs, iso9660 for cd9660, ufs for ffs where the kernel
 *       has it, proc for kernfs).</li>
 *   <li>rc programs run inside every namespace with the root directory as {@code /}, each
 *       leading a session (and process group) of its own; each baked binary is the host
 *       executable {@link Builder#bin} names, bind-mounted read-only at {@code /bin/NAME}
 *       with the libraries it needs. Their output lines go to a {@link ProgramOutput} as they
 *       are written.</li>
 * </ul>
 *
 * <p>{@link #close()} ends the run: it kills every program, the namespaces' holders (so every
 * process left in the guest), detaches the loop devices, and removes the mountpoints it made
 * under the root. Nothing of the run outlives it; the host's network, mounts and host name
 * are never touched. docs/platform-linux.md has the details and the security model.
 */
public final class LinuxPlatform implements Platform, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LinuxPlatform.class);

    private final Path root;
    private final BakedBinaries bins;
    private final Set<String> allowedEnv;
    private final Holder guest;
    private final Optional<Holder> ownPeers;
    private final Nsenter ns;
    private final GuestFiles files;
    private final GuestNetwork net;
    private final GuestDisks disks;
    private final HostPrograms programs;
    private final Path scratch;
    private final List<String> effects = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    /** What the run applied, in the shapes of the conformance vectors' state. */
    private final Map<String, String> sysctls = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, List<String>> addresses = new LinkedHashMap<>();
    private final Map<String, String> routes = new LinkedHashMap<>();
    private final List<MountCall> mountCalls = new ArrayList<>();
    private boolean closed;

    /** A mount as the executor asked for it. */
    record MountCall(String fstype, String source, String mountpoint, Map<String, String> options) {}

    private LinuxPlatform(Builder b, Path root, Holder guest, Optional<Holder> ownPeers, long peersPid, Path scratch) {
        this.root = root;
        this.bins = new BakedBinaries(b.bins);
        this.allowedEnv = Set.copyOf(b.allowedEnv);
        this.guest = guest;
        this.ownPeers = ownPeers;
        this.ns = new Nsenter(guest.pid(), peersPid);
        this.files = new GuestFiles(guest.pid(), root);
        this.scratch = scratch;
        this.net = new GuestNetwork(ns, b.bridge, b.dhcpTimeout.toMillis(), scratch);
        this.disks = new GuestDisks(ns, files, new LinkedHashMap<>(b.devices));
        this.programs = new HostPrograms(b.output);
    }

    /** A builder for a platform whose guest has the existing directory {@code root} as its {@code /}. */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /**
     * What this machine lacks to make a guest, as one sentence naming each missing thing (root,
     * each tool with its Debian package), or nothing when it has it all.
     */
    public static Optional<String> missing() {
        return Tools.missing();
    }

    /**
     * Why this platform refuses global sysctl {@code key}, when it does: it sets only those the
     * kernel keeps per namespace. A caller checks a configuration's sysctls with it before
     * anything is applied.
     */
    public static Optional<String> sysctlRefusal(String key) {
        return LinuxSysctl.refusal(key);
    }

    /**
     * Why this platform refuses per-process sysctl {@code key} (with its {@code proc.curproc.}
     * prefix), when it does: only rlimits have a Linux twin.
     */
    public static Optional<String> processSysctlRefusal(String key) {
        return LinuxSysctl.processRefusal(key);
    }

    /**
     * Why this platform refuses environment variable {@code name}, when it does: a variable
     * with which the host's own tools (setsid, nsenter, run as root before the program) would
     * load code it names ({@code LD_*}, {@code GCONV_PATH}, ...), unless allowed with
     * {@link Builder#allowEnv}.
     */
    public Optional<String> envRefusal(String name) {
        return envRefusal(name, allowedEnv);
    }

    /**
     * Why this platform refuses environment variable {@code name} unless {@code allowed} names
     * it: the same rule as {@link #envRefusal(String)}, for a caller that checks a
     * configuration before the platform is built.
     */
    public static Optional<String> envRefusal(String name, Collection<String> allowed) {
        if (allowed.contains(name)) {
            return Optional.empty();
        }
        return HostEnv.whyRefused(name).map(why -> "the Linux platform refuses " + name + ": " + why
                + "; --allow-env " + name + " allows it");
    }

    /** Builds a {@link LinuxPlatform}: the root, the baked binaries, the devices, where the peers live. */
    public static final class Builder {
        private final Path root;
        private final Map<String, Path> bins = new LinkedHashMap<>();
        private final Map<String, Path> devices = new LinkedHashMap<>();
        private final Set<String> allowedEnv = new LinkedHashSet<>();
        private OptionalLong peersPid = OptionalLong.empty();
        private Optional<String> bridge = Optional.empty();
        private ProgramOutput output = ProgramOutput.NONE;
        private Duration dhcpTimeout = Duration.ofSeconds(20);

        private Builder(Path root) {
            this.root = Objects.requireNonNull(root, "root");
        }

        /** Bakes in host executable {@code executable} as {@code name}, at {@code /bin/NAME} in the guest. */
        public Builder bin(String name, Path executable) {
            bins.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(executable, "executable"));
            return this;
        }

        /**
         * Backs guest device {@code device} ({@code /dev/ld0a}, {@code /dev/xbd0}) with the host
         * file (through a loop device, read-write) or block device {@code hostFile}.
         */
        public Builder device(String device, Path hostFile) {
            devices.put(Objects.requireNonNull(device, "device"), Objects.requireNonNull(hostFile, "hostFile"));
            return this;
        }

        /** Lets environment variable {@code name} reach the programs although {@link #envRefusal} names it. */
        public Builder allowEnv(String name) {
            allowedEnv.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Puts the host end of every interface in the network namespace of process {@code pid},
         * which the caller made and keeps (a test's, where its DHCP server runs), instead of one
         * made for the run.
         */
        public Builder peerNamespace(long pid) {
            this.peersPid = OptionalLong.of(pid);
            return this;
        }

        /** Attaches the host end of every interface to {@code bridge}, a bridge in the peers' namespace. */
        public Builder peerBridge(String bridge) {
            this.bridge = Optional.of(Objects.requireNonNull(bridge, "bridge"));
            return this;
        }

        /** Hands each line the programs write, as it comes, to {@code output}. */
        public Builder output(ProgramOutput output) {
            this.output = Objects.requireNonNull(output, "output");
            return this;
        }

        /** How long a DHCP client may take for a lease (default 20 s). */
        public Builder dhcpTimeout(Duration timeout) {
            this.dhcpTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Makes the guest's namespaces and binds the baked binaries into its root.
         *
         * @throws PlatformException when the machine lacks something ({@link #missing()}:
         *                           {@link Errno#EPERM} for root, {@link Errno#ENOSYS} for a
         *                           tool), an executable or device is not usable, or the
         *                           namespaces cannot be made; nothing is left behind then
         */
        public LinuxPlatform build() throws PlatformException {
            Optional<String> lacks = missing();
            if (lacks.isPresent()) {
                throw new PlatformException(lacks.get().contains("root (") ? Errno.EPERM : Errno.ENOSYS, lacks.get());
            }
            Path real;
            try {
                real = root.toRealPath();
            } catch (IOException e) {
                throw new PlatformException(Errno.ENOENT, "--root " + root + ": " + e.getMessage(), e);
            }
            if (!Files.isDirectory(real) || real.getNameCount() == 0) {
                throw new PlatformException(Errno.EINVAL, "--root " + root + ": must be a directory other than /");
            }
            new BakedBinaries(bins).check();
            GuestDisks.check(devices);
            Path scratch = null;
            Holder guest = null;
            Optional<Holder> peers = Optional.empty();
            try {
                scratch = Files.createTempDirectory("rumpcfg-linux-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                guest = Holder.start(List.of("--mount", "--uts", "--ipc", "--net", "--pid", "--fork", "--mount-proc",
                        "--kill-child", "--propagation", "private"), true, "guest's namespaces");
                if (peersPid.isEmpty()) {
                    peers = Optional.of(Holder.start(List.of("--net"), false, "peers' network namespace"));
                }
                long peerPid = peersPid.isPresent() ? peersPid.getAsLong() : peers.get().pid();
                LinuxPlatform platform = new LinuxPlatform(this, real, guest, peers, peerPid, scratch);
                try {
                    platform.start();
                } catch (PlatformException | RuntimeException e) {
                    platform.close();
                    throw e;
                }
                return platform;
            } catch (IOException e) {
                cleanUp(scratch, guest, peers);
                throw new PlatformException(Errno.EIO, "cannot make a scratch directory: " + e.getMessage(), e);
            } catch (PlatformException | RuntimeException e) {
                cleanUp(scratch, guest, peers);
                throw e;
            }
        }

        private static void cleanUp(Path scratch, Holder guest, Optional<Holder> peers) {
            if (guest != null) {
                guest.close();
            }
            peers.ifPresent(Holder::close);
            deleteTree(scratch);
        }
    }

    private void start() throws PlatformException {
        net.start();
        bins.bind(files, ns);
        LOG.debug("guest namespaces held by pid {}, peers by pid {}, root {}", guest.pid(), ns.peersPid(), root);
    }

    /** The guest holder's PID as the host sees it: {@code nsenter --target} enters the guest with it. */
    public long guestPid() {
        return ns.guestPid();
    }

    /** The PID whose network namespace holds the host ends of the interfaces. */
    public long peersPid() {
        return ns.peersPid();
    }

    /** The guest's root directory on the host. */
    public Path root() {
        return root;
    }

    /** Each interface the guest has, with the name of its host end, in the order made. */
    public synchronized Map<String, String> interfaces() {
        return net.peers();
    }

    /** The loop devices the run attached and has not yet detached. */
    public synchronized List<String> loopDevices() {
        return disks.loops();
    }

    /** Every program started, in spawn order, with its exit status and the tail of its output. */
    synchronized List<HostProcess> processes() {
        return programs.all();
    }

    synchronized List<HostProgram> programs() {
        return programs.records();
    }

    private void address(String ifname, String address) {
        addresses.computeIfAbsent(ifname, k -> new ArrayList<>()).add(address);
    }

    synchronized Map<String, String> sysctls() {
        return new LinkedHashMap<>(sysctls);
    }

    synchronized Map<String, String> environment() {
        return new LinkedHashMap<>(environment);
    }

    /** Each interface configured, with its addresses as "inet 10.0.0.2/24", "inet dhcp", "inet6 auto". */
    synchronized Map<String, List<String>> addresses() {
        return new LinkedHashMap<>(addresses);
    }

    synchronized List<String> createdInterfaces() {
        return net.created();
    }

    synchronized Map<String, String> routes() {
        return new LinkedHashMap<>(routes);
    }

    synchronized List<MountCall> mountCalls() {
        return List.copyOf(mountCalls);
    }

    /** The guest paths written with {@link #writeFile}, in order. */
    public synchronized List<String> filesWritten() {
        return List.copyOf(written);
    }

    private void open() throws PlatformException {
        if (closed) {
            throw new PlatformException(Errno.EINVAL, "the Linux platform's run has ended");
        }
        if (!guest.alive()) {
            throw new PlatformException(Errno.EIO, "the guest's namespaces are gone: their holder process died");
        }
    }

    @Override
    public synchronized void sysctl(String key, String value) throws PlatformException {
        open();
        Optional<String> file = LinuxSysctl.procSys(key);
        if (file.isEmpty()) {
            throw new PlatformException(Errno.EPERM, LinuxSysctl.refusal(key).orElse(key));
        }
        HostCommand.check(ns.sysctl(List.of(Tools.path("sh"), "-c", "printf '%s\\n' \"$1\" > \"$2\"", "sh", value,
                "/proc/sys/" + file.get())), "sysctl " + key);
        effects.add("sysctl " + key + "=" + value);
        sysctls.put(key, value);
    }

    @Override
    public synchronized void setenv(String name, String value) throws PlatformException {
        Optional<String> refused = envRefusal(name);
        if (refused.isPresent()) {
            throw new PlatformException(Errno.EPERM, refused.get());
        }
        effects.add("setenv " + name + "\u0000" + value);
        environment.put(name, value);
    }

    @Override
    public synchronized void ifcreate(String ifname) throws PlatformException {
        open();
        net.ifcreate(ifname);
        addresses.computeIfAbsent(ifname, k -> new ArrayList<>());
    }

    @Override
    public synchronized void dhcp4(String ifname) throws PlatformException {
        open();
        net.dhcp4(ifname);
        address(ifname, "inet dhcp");
    }

    @Override
    public synchronized void ifaddr4(String ifname, String address, int prefix) throws PlatformException {
        open();
        net.ifaddr(ifname, address, prefix, false);
        address(ifname, "inet " + address + "/" + prefix);
    }

    @Override
    public synchronized void auto6(String ifname) throws PlatformException {
        open();
        net.auto6(ifname);
        address(ifname, "inet6 auto");
    }

    @Override
    public synchronized void ifaddr6(String ifname, String address, int prefix) throws PlatformException {
        open();
        net.ifaddr(ifname, address, prefix, true);
        address(ifname, "inet6 " + address + "/" + prefix);
    }

    @Override
    public synchronized void gateway4(String address) throws PlatformException {
        open();
        net.gateway(address, false);
        routes.put("inet", address);
    }

    @Override
    public synchronized void gateway6(String address) throws PlatformException {
        open();
        net.gateway(address, true);
        routes.put("inet6", address);
    }

    @Override
    public synchronized void mkdirs(String path) throws PlatformException {
        open();
        files.mkdirs(path);
    }

    @Override
    public synchronized void writeFile(String path, byte[] content) throws PlatformException {
        open();
        files.write(path, content);
        written.add(path);
    }

    @Override
    public byte[] readFile(String path, int maxBytes) throws PlatformException {
        // Not synchronized: a reader may read while a writer replaces the file (both are atomic).
        synchronized (this) {
            open();
        }
        return files.read(path, maxBytes);
    }

    @Override
    public synchronized void etfsRegister(String device, String hostPath) throws PlatformException {
        open();
        disks.etfs(device, hostPath);
    }

    @Override
    public synchronized void vndConfigure(int unit, String file, boolean readOnly) throws PlatformException {
        open();
        disks.vnd(unit, file, readOnly);
    }

    @Override
    public synchronized void mount(String fstype, String source, String mountpoint, Map<String, String> options)
            throws PlatformException {
        open();
        disks.mount(fstype, source, mountpoint, options);
        mountCalls.add(new MountCall(fstype, source, mountpoint, Map.copyOf(options)));
    }

    @Override
    public synchronized List<String> bakedBinaries() {
        return bins.names();
    }

    @Override
    public synchronized Program spawn(SpawnRequest request) throws PlatformException {
        open();
        Path executable = bins.hostPath(request.bin());
        if (executable == null) {
            throw new PlatformException(Errno.ENOENT, request.bin() + ": not baked in (have " + bins.names() + ")");
        }
        for (String name : request.env().keySet()) {
            Optional<String> refused = envRefusal(name);
            if (refused.isPresent()) {
                throw new PlatformException(Errno.EPERM, refused.get());
            }
        }
        for (String key : request.sysctl().keySet()) {
            Optional<String> refused = LinuxSysctl.processRefusal(key);
            if (refused.isPresent()) {
                throw new PlatformException(Errno.EOPNOTSUPP, refused.get());
            }
        }
        if (!files.isDirectory(request.workdir())) {
            throw new PlatformException(Errno.ENOENT, request.workdir() + ": no such directory (workdir of " + request.bin() + ")");
        }
        programs.checkStdin(request);
        String workdir = "/" + files.resolve(request.workdir(), true);
        List<String> command = new ArrayList<>();
        command.add(Tools.path("setsid"));
        if (!request.sysctl().isEmpty()) {
            command.add(Tools.find("prlimit").orElseThrow(() -> new PlatformException(Errno.ENOSYS,
                    "per-process rlimits need prlimit (Debian package util-linux)")).toString());
            command.addAll(LinuxSysctl.prlimitOptions(request.sysctl()));
        }
        List<String> argv = new ArrayList<>();
        argv.add(BakedBinaries.BIN_DIR + "/" + request.bin());
        argv.addAll(request.argv().subList(1, request.argv().size()));
        command.addAll(ns.program(root.toString(), workdir, argv));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(request.env());
        return programs.add(request, executable, builder, true);
    }

    /**
     * Ends the run, once: kills every program and every process left in the guest, removes the
     * namespaces (and with them the interfaces and mounts), detaches the loop devices and
     * removes the mountpoints made under the root. Never throws; safe to call again.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (HostProcess p : programs.all()) {
            p.kill();
        }
        guest.close();
        ownPeers.ifPresent(Holder::close);
        disks.detach();
        bins.removeMountpoints(root);
        deleteTree(scratch);
        LOG.debug("the Linux guest at {} is gone", root);
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left in the temporary directory
                }
            });
        } catch (IOException e) {
            // nothing to remove
        }
    }

    /**
     * What the run did, as text: namespaces, interfaces with their host ends, addresses and
     * routes, devices, mounts, sysctls, files and programs. Environment values whose names look
     * secret are shown as {@code <redacted>} unless {@code reveal}.
     */
    public synchronized String dump(boolean reveal) {
        StringBuilder out = new StringBuilder("root: ").append(root).append('\n');
        out.append("guest namespaces (mount, uts, ipc, net, pid) held by pid ").append(ns.guestPid())
                .append("; host ends of the interfaces in the network namespace of pid ").append(ns.peersPid()).append('\n');
        out.append("applied:\n");
        for (String e : effects) {
            if (e.startsWith("setenv ")) {
                String[] nv = e.substring(7).split("\u0000", 2);
                boolean secret = !reveal && EnvVar.looksSecret(nv[0], nv[1]);
                out.append("  setenv ").append(nv[0]).append('=').append(secret ? EnvVar.REDACTED : nv[1]).append('\n');
            } else {
                out.append("  ").append(e).append('\n');
            }
        }
        net.peers().forEach((guestIf, peer) -> out.append("  interface ").append(guestIf).append(" (host end ")
                .append(peer).append(net.created().contains(guestIf) ? ", created" : "").append(")\n"));
        net.applied().forEach(a -> out.append("  ").append(a).append('\n'));
        disks.disks().forEach((dev, host) -> out.append("  device ").append(dev).append(" -> ").append(host).append('\n'));
        disks.mounts().forEach(m -> out.append("  mount ").append(m).append('\n'));
        out.append("files written:\n");
        written.forEach(f -> out.append("  ").append(f).append('\n'));
        out.append("programs:\n");
        for (HostProgram p : programs.records()) {
            out.append("  #").append(p.number()).append(' ').append(p.bin()).append(" argv=").append(p.argv())
                    .append(" workdir=").append(p.workdir())
                    .append(p.exitCode().isPresent() ? " exit=" + p.exitCode().getAsInt() : p.started() ? " not finished" : " not started")
                    .append('\n');
        }
        return out.toString();
    }
}
