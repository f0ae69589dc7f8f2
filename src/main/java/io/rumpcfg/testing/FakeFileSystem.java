package io.rumpcfg.testing;

import io.rumpcfg.model.DeviceNames;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The fake's directories, files, device nodes and mount table. Not thread-safe: the platform locks. */
final class FakeFileSystem {
    /** The file systems that live on a block device; the others need none. */
    private static final Set<String> DISK_FILESYSTEMS = Set.of("ffs", "ext2fs", "cd9660");
    private static final Set<String> OTHER_FILESYSTEMS = Set.of("tmpfs", "kernfs", "nfs");
    /** What a configured device holds when the builder said nothing. */
    static final String DEFAULT_CONTENT = "ffs";

    final TreeSet<String> dirs = new TreeSet<>(List.of("/"));
    final Map<String, byte[]> files = new LinkedHashMap<>();
    final Map<String, DeviceNode> devices = new LinkedHashMap<>();
    final List<MountEntry> mounts = new ArrayList<>();
    /** Device path → the file system on it. */
    final Map<String, String> contents = new LinkedHashMap<>();

    /** An absolute path without {@code .}, {@code ..}, repeated or trailing slashes. */
    static String normalize(String path) throws PlatformException {
        if (!path.startsWith("/")) {
            throw new PlatformException(Errno.EINVAL, path + ": not an absolute path");
        }
        StringBuilder out = new StringBuilder();
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals(".") || part.equals("..")) {
                throw new PlatformException(Errno.EINVAL, path + ": . and .. are not accepted");
            }
            out.append('/').append(part);
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    static String parent(String normalized) {
        int slash = normalized.lastIndexOf('/');
        return slash <= 0 ? "/" : normalized.substring(0, slash);
    }

    void mkdirs(String path) throws PlatformException {
        String p = normalize(path);
        List<String> chain = new ArrayList<>();
        for (String at = p; !at.equals("/"); at = parent(at)) {
            chain.add(0, at);
        }
        for (String dir : chain) {
            if (files.containsKey(dir)) {
                throw new PlatformException(Errno.ENOTDIR, dir + ": a file is in the way");
            }
        }
        dirs.addAll(chain);
    }

    boolean isDirectory(String path) {
        try {
            return dirs.contains(normalize(path));
        } catch (PlatformException e) {
            return false;
        }
    }

    void writeFile(String path, byte[] content) throws PlatformException {
        String p = normalize(path);
        if (dirs.contains(p)) {
            throw new PlatformException(Errno.EISDIR, p + ": is a directory");
        }
        if (!dirs.contains(parent(p))) {
            throw new PlatformException(Errno.ENOENT, parent(p) + ": no such directory");
        }
        // The map swaps in a complete copy in one step: a reader sees old or new, never a part.
        files.put(p, content.clone());
    }

    byte[] readFile(String path, int maxBytes) throws PlatformException {
        String p = normalize(path);
        byte[] content = files.get(p);
        if (content == null) {
            throw new PlatformException(Errno.ENOENT, p + ": no such file");
        }
        if (content.length > maxBytes) {
            throw new PlatformException(Errno.E2BIG, p + ": " + content.length + " bytes, more than " + maxBytes);
        }
        return content.clone();
    }

    void addDevice(DeviceNode node) throws PlatformException {
        if (devices.containsKey(node.path())) {
            throw new PlatformException(Errno.EEXIST, node.path() + ": device exists");
        }
        devices.put(node.path(), node);
    }

    /** The device at {@code path}, or the disk a partition path such as {@code /dev/vnd0a} belongs to. */
    Optional<DeviceNode> findDevice(String path) {
        DeviceNode exact = devices.get(path);
        if (exact != null) {
            return Optional.of(exact);
        }
        Optional<String> disk = DeviceNames.diskOfPartition(path);
        return disk.isEmpty() ? Optional.empty() : Optional.ofNullable(devices.get(DeviceNames.DEV + disk.get()));
    }

    void mount(String fstype, String source, String mountpoint, Map<String, String> options) throws PlatformException {
        String mp = normalize(mountpoint);
        if (!dirs.contains(mp)) {
            throw new PlatformException(Errno.ENOENT, mp + ": no such directory");
        }
        // A mountpoint mounted already takes another mount over it, as NetBSD's mount(2) does:
        // the later covers the earlier (an older document may mount one mountpoint twice).
        if (DISK_FILESYSTEMS.contains(fstype)) {
            Optional<DeviceNode> found = findDevice(source);
            if (found.isEmpty()) {
                throw new PlatformException(Errno.ENXIO, source + ": no such device (neither configured nor declared)");
            }
            DeviceNode device = found.get();
            String holds = contents.getOrDefault(source, contents.getOrDefault(device.path(), DEFAULT_CONTENT));
            if (!holds.equals(fstype)) {
                throw new PlatformException(Errno.EINVAL, source + ": no " + fstype + " file system (it holds " + holds + ")");
            }
            for (MountEntry m : mounts) {
                if (m.source().equals(source)) {
                    throw new PlatformException(Errno.EBUSY, source + ": already mounted on " + m.mountpoint());
                }
            }
        } else if (!OTHER_FILESYSTEMS.contains(fstype)) {
            throw new PlatformException(Errno.ENODEV, fstype + ": unknown file system type");
        } else if (fstype.equals("nfs") && source.indexOf(':') < 0) {
            throw new PlatformException(Errno.EINVAL, source + ": not server:/export");
        }
        mounts.add(new MountEntry(fstype, source, mp, options));
    }
}
