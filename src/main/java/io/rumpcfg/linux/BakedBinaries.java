package io.rumpcfg.linux;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --bin-path} executables inside the guest: each bind-mounted read-only at
 * {@code /bin/NAME}, and the shared libraries each needs (as {@code ldd} lists them) at their
 * own paths, so that a dynamically linked host program runs under the guest's root. Nothing
 * else of the host is reachable. A script's interpreter is not found this way: it is baked
 * in too ({@code --bin-path sh=/bin/sh}), landing at {@code /bin/sh}. The character devices
 * every rump kernel's file system has, {@code /dev/null} and {@code /dev/zero}, are bound from
 * the host's, writable: a shell opens {@code /dev/null} for each {@code &} job. The files and
 * directories made under the root as mountpoints are removed after the run, when empty.
 */
final class BakedBinaries {
    /** Where baked binaries appear in the guest. */
    static final String BIN_DIR = "/bin";
    private static final Pattern LDD_PATH = Pattern.compile("(/\\S+) \\(0x");
    /** The devices a rump kernel makes in its file system as it boots. */
    static final List<String> DEVICE_NODES = List.of("/dev/null", "/dev/zero");

    private final Map<String, Path> bins;
    /** What was made under the root as a mountpoint, in the order made. */
    private final List<String> created = new ArrayList<>();

    BakedBinaries(Map<String, Path> bins) {
        this.bins = new LinkedHashMap<>(bins);
    }

    List<String> names() {
        return List.copyOf(bins.keySet());
    }

    Path hostPath(String name) {
        return bins.get(name);
    }

    /** Checks every executable before any namespace is made. */
    void check() throws PlatformException {
        for (Map.Entry<String, Path> e : bins.entrySet()) {
            Path p = e.getValue();
            if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                throw new PlatformException(Files.exists(p) ? Errno.EACCES : Errno.ENOENT,
                        "--bin-path " + e.getKey() + "=" + p + ": not an executable file");
            }
            if (e.getKey().contains("/") || e.getKey().equals(".") || e.getKey().equals("..")) {
                throw new PlatformException(Errno.EINVAL, "--bin-path " + e.getKey() + ": a name cannot hold /");
            }
        }
    }

    /** Binds every binary and library into the guest's mount namespace, read-only, and the device nodes. */
    void bind(GuestFiles files, Nsenter ns) throws PlatformException {
        Set<String> libraries = new LinkedHashSet<>();
        for (Path p : bins.values()) {
            libraries.addAll(librariesOf(p));
        }
        for (String lib : libraries) {
            bindFile(files, ns, Path.of(lib), lib, true);
        }
        for (Map.Entry<String, Path> e : bins.entrySet()) {
            bindFile(files, ns, e.getValue().toAbsolutePath(), BIN_DIR + "/" + e.getKey(), true);
        }
        for (String node : DEVICE_NODES) {
            bindFile(files, ns, Path.of(node), node, false);
        }
    }

    private void bindFile(GuestFiles files, Nsenter ns, Path host, String guestPath, boolean readOnly)
            throws PlatformException {
        String parent = guestPath.substring(0, guestPath.lastIndexOf('/'));
        if (!parent.isEmpty()) {
            created.addAll(files.mkdirs(parent));
        }
        String resolved = files.resolve(guestPath, true);
        Path target = files.reach(resolved);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createFile(target);
                created.add(resolved);
            } catch (IOException e) {
                throw new PlatformException(Errno.EIO, "cannot make the mountpoint " + guestPath + ": " + e.getMessage(), e);
            }
        }
        String at = files.inNamespace(resolved);
        HostCommand.check(ns.mountNs(List.of(Tools.path("mount"), "--bind", host.toString(), at)), "bind " + host);
        if (readOnly) {
            HostCommand.check(ns.mountNs(List.of(Tools.path("mount"), "-o", "remount,bind,ro", at)),
                    "bind " + host + " read-only");
        }
    }

    /** The libraries ldd lists for an ELF executable; none for a script or a static one. */
    private static List<String> librariesOf(Path executable) throws PlatformException {
        if (!isElf(executable)) {
            return List.of();
        }
        HostCommand.Result r = HostCommand.run(List.of(Tools.path("ldd"), executable.toAbsolutePath().toString()),
                HostCommand.DEFAULT_TIMEOUT_MS);
        List<String> out = new ArrayList<>();
        if (!r.ok()) {
            return out; // "not a dynamic executable"
        }
        Matcher m = LDD_PATH.matcher(r.stdout());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static boolean isElf(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Removes the mountpoints made under the root, innermost first, once the guest's mount
     * namespace is gone: only empty files and directories, as they were made.
     */
    void removeMountpoints(Path root) {
        for (int i = created.size() - 1; i >= 0; i--) {
            // What was made through /proc/PID/root/ROOT is, with the namespace gone, under ROOT.
            Path onHost = root.resolve(created.get(i));
            try {
                if (Files.isDirectory(onHost, LinkOption.NOFOLLOW_LINKS) || (Files.isRegularFile(onHost, LinkOption.NOFOLLOW_LINKS)
                        && Files.size(onHost) == 0)) {
                    Files.deleteIfExists(onHost);
                }
            } catch (IOException e) {
                // not empty any more: the guest put something there, and it stays
            }
        }
        created.clear();
    }
}
