package io.rumpcfg.process;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.ProgramOutput;
import io.rumpcfg.platform.SpawnRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Platform} on the host: rc programs run as real host processes, file system effects
 * land under a sandbox root directory, and network, sysctl, environment and device effects
 * are recorded ({@link #effects()}) but never applied to the host.
 *
 * <p>Programs: each baked name maps to a host executable. A process gets exactly the
 * configuration's environment (nothing inherited from the JVM), less the variables that would
 * make host programs load code the configuration names ({@link #envRefusal}: {@code setenv}
 * and {@code spawn} fail with {@link Errno#EPERM} unless they are allowed by name), and starts in its workdir's
 * directory under the root, which must exist. The host sees the executable's path as
 * argv[0] (Java cannot set it); argv[1..] are passed as given. A {@code "|"} pipeline is
 * started as a whole, with OS pipes, when its last program is spawned. Paths inside argv are
 * not translated: a program sees host paths. Of each program's stdout (unless piped) and
 * stderr only the last 64 KiB are kept; the rest is read and dropped, and counted
 * ({@link HostProgram#stdoutDropped()}). Each program is started through the host's
 * {@code setsid}, when there is one, so that it leads a session of its own: killing a program
 * (when a step fails, and when the boot ends) kills its whole session, a double-forked daemon
 * included. Each line a program writes is handed, as it comes, to the {@link ProgramOutput}
 * given to the builder.
 *
 * <p>Files: {@link #mkdirs} creates directories under the root; {@link #writeFile} writes a
 * temporary file next to the target and moves it into place atomically, with mode 0644 whatever
 * the umask; {@link #mount} checks
 * that the mountpoint directory exists and records the mount. Guest paths that would leave
 * the root (through {@code ..} or a symbolic link) fail with {@link Errno#EACCES}.
 */
public final class ProcessPlatform implements Platform {
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");

    private final Sandbox sandbox;
    private final Map<String, Path> bins;
    private final Set<String> allowedEnv;
    private final List<Effect> effects = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final HostPrograms programs;

    private ProcessPlatform(Sandbox sandbox, Map<String, Path> bins, Set<String> allowedEnv, ProgramOutput output) {
        this.sandbox = sandbox;
        this.bins = bins;
        this.allowedEnv = allowedEnv;
        this.programs = new HostPrograms(output);
    }

    /** A builder for a platform whose file system effects go under the existing directory {@code root}. */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /** Builds a {@link ProcessPlatform}: the root, and the baked names in bake order. */
    public static final class Builder {
        private final Path root;
        private final Map<String, Path> bins = new LinkedHashMap<>();
        private final Set<String> allowedEnv = new LinkedHashSet<>();
        private ProgramOutput output = ProgramOutput.NONE;

        private Builder(Path root) {
            this.root = Objects.requireNonNull(root, "root");
        }

        /** Bakes in host executable {@code executable} under {@code name}, as {@code --bin-path NAME=PATH}. */
        public Builder bin(String name, Path executable) {
            bins.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(executable, "executable"));
            return this;
        }

        /**
         * Lets environment variable {@code name} reach the programs although it is one the
         * platform refuses ({@link ProcessPlatform#envRefusal}), as {@code --allow-env NAME}.
         */
        public Builder allowEnv(String name) {
            allowedEnv.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /** Hands each line the programs write, as it comes, to {@code output}; by default no one hears them. */
        public Builder output(ProgramOutput output) {
            this.output = Objects.requireNonNull(output, "output");
            return this;
        }

        /** @throws UncheckedIOException when the root is not an existing directory */
        public ProcessPlatform build() {
            try {
                return new ProcessPlatform(new Sandbox(root), new LinkedHashMap<>(bins), Set.copyOf(allowedEnv), output);
            } catch (IOException e) {
                throw new UncheckedIOException("sandbox root " + root + " is not usable", e);
            }
        }
    }

    private void record(String call, String... arguments) {
        effects.add(new Effect(call, List.of(arguments)));
    }

    @Override
    public synchronized void sysctl(String key, String value) {
        record("sysctl", key, value);
    }

    @Override
    public synchronized void setenv(String name, String value) throws PlatformException {
        refuseHostEnv(name);
        record("setenv", name, value);
    }

    /**
     * Why this platform refuses environment variable {@code name}, when it does: a variable with
     * which host programs load or run code it names (every {@code LD_*}, {@code GCONV_PATH},
     * {@code MALLOC_*}, {@code BASH_ENV}, ...), not allowed with {@link Builder#allowEnv}. A
     * caller can check a configuration's names with it before applying anything.
     */
    public Optional<String> envRefusal(String name) {
        if (allowedEnv.contains(name)) {
            return Optional.empty();
        }
        return HostEnv.whyRefused(name).map(why -> "the process platform refuses " + name + ": " + why
                + "; --allow-env " + name + " allows it");
    }

    private void refuseHostEnv(String name) throws PlatformException {
        Optional<String> refusal = envRefusal(name);
        if (refusal.isPresent()) {
            throw new PlatformException(Errno.EPERM, refusal.get());
        }
    }

    @Override
    public synchronized void ifcreate(String ifname) {
        record("ifcreate", ifname);
    }

    @Override
    public synchronized void dhcp4(String ifname) {
        record("dhcp4", ifname);
    }

    @Override
    public synchronized void ifaddr4(String ifname, String address, int prefix) {
        record("ifaddr4", ifname, address + "/" + prefix);
    }

    @Override
    public synchronized void auto6(String ifname) {
        record("auto6", ifname);
    }

    @Override
    public synchronized void ifaddr6(String ifname, String address, int prefix) {
        record("ifaddr6", ifname, address + "/" + prefix);
    }

    @Override
    public synchronized void gateway4(String address) {
        record("gateway4", address);
    }

    @Override
    public synchronized void gateway6(String address) {
        record("gateway6", address);
    }

    @Override
    public synchronized void etfsRegister(String device, String hostPath) {
        record("etfsRegister", device, hostPath);
    }

    @Override
    public synchronized void vndConfigure(int unit, String file, boolean readOnly) {
        record("vndConfigure", Integer.toString(unit), file, readOnly ? "ro" : "rw");
    }

    @Override
    public synchronized void mkdirs(String path) throws PlatformException {
        Path dir = sandbox.resolve(path);
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new PlatformException(Errno.ENOTDIR, path + ": a file is in the way", e);
        } catch (IOException e) {
            throw new PlatformException(Errno.EIO, path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void writeFile(String path, byte[] content) throws PlatformException {
        Path target = sandbox.resolve(path);
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new PlatformException(Errno.ENOENT, path + ": its directory does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new PlatformException(Errno.EISDIR, path + ": is a directory");
        }
        try {
            // Written aside, then renamed over the target: readers see the old file or the new.
            Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, content);
                readableByAll(temp);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (AtomicMoveNotSupportedException e) {
            throw new PlatformException(Errno.EOPNOTSUPP, path + ": cannot replace atomically here", e);
        } catch (IOException e) {
            throw new PlatformException(Errno.EIO, path + ": " + e.getMessage(), e);
        }
        written.add(path);
    }

    /**
     * A temporary file is made 0600; the file it becomes is 0644, as a guest writes resolv.conf,
     * so that programs running as another user can read it. chmod, unlike the mode given at
     * creation, is not narrowed by the umask.
     */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, FILE_MODE);
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX modes keeps its own default
        }
    }

    @Override
    public synchronized byte[] readFile(String path, int maxBytes) throws PlatformException {
        Path file = sandbox.resolve(path);
        try {
            // Only a regular file: opening a FIFO for reading would wait for a writer for ever.
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new PlatformException(attributes.isDirectory() ? Errno.EISDIR : Errno.EINVAL,
                        path + ": not a regular file");
            }
            long size = attributes.size();
            if (size > maxBytes) {
                throw new PlatformException(Errno.E2BIG, path + ": " + size + " bytes, more than " + maxBytes);
            }
            // The size is only a hint (a file can grow, a device says 0): read no more than the limit allows.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new PlatformException(Errno.E2BIG, path + ": more than " + maxBytes + " bytes");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new PlatformException(Errno.ENOENT, path + ": no such file", e);
        } catch (IOException e) {
            throw new PlatformException(Errno.EIO, path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void mount(String fstype, String source, String mountpoint, Map<String, String> options)
            throws PlatformException {
        if (!Files.isDirectory(sandbox.resolve(mountpoint))) {
            throw new PlatformException(Errno.ENOENT, mountpoint + ": no such directory");
        }
        record("mount", fstype, source, mountpoint, options.toString());
    }

    @Override
    public synchronized List<String> bakedBinaries() {
        return List.copyOf(bins.keySet());
    }

    @Override
    public synchronized Program spawn(SpawnRequest request) throws PlatformException {
        Path executable = bins.get(request.bin());
        if (executable == null) {
            throw new PlatformException(Errno.ENOENT, request.bin() + ": no host executable given for it (have " + bins.keySet() + ")");
        }
        // A directory passes the access check, and would fail only in setsid, as an exit status.
        if (!Files.isExecutable(executable) || !Files.isRegularFile(executable)) {
            throw new PlatformException(Files.exists(executable) ? Errno.EACCES : Errno.ENOENT,
                    request.bin() + ": " + executable + " is not an executable file");
        }
        Path workdir = sandbox.resolve(request.workdir());
        if (!Files.isDirectory(workdir)) {
            throw new PlatformException(Errno.ENOENT, request.workdir() + ": no such directory (workdir of " + request.bin() + ")");
        }
        programs.checkStdin(request);
        for (String name : request.env().keySet()) {
            refuseHostEnv(name);
        }
        List<String> command = new ArrayList<>();
        Session.SETSID.ifPresent(setsid -> command.add(setsid.toString()));
        command.add(executable.toAbsolutePath().toString()); // setsid would look a bare name up on the PATH
        command.addAll(request.argv().subList(1, request.argv().size()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workdir.toFile());
        builder.environment().clear();
        builder.environment().putAll(request.env());
        return programs.add(request, executable, builder, Session.supported());
    }

    /** The effects recorded instead of applied, in order. */
    public synchronized List<Effect> effects() {
        return List.copyOf(effects);
    }

    /** The guest paths written with {@link #writeFile}, in order. */
    public synchronized List<String> filesWritten() {
        return List.copyOf(written);
    }

    /** Every program started (or waiting to start in a pipeline), in spawn order. */
    public synchronized List<HostProgram> programs() {
        return programs.records();
    }

    /** The sandbox root on the host. */
    public Path root() {
        return sandbox.root();
    }

    /**
     * The recorded effects, files written and programs as text; values of environment
     * variables whose names look secret are shown as {@code <redacted>} unless {@code reveal}.
     */
    public synchronized String dump(boolean reveal) {
        return ProcessDump.render(root(), effects(), filesWritten(), programs(), reveal);
    }
}
