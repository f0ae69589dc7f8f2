package io.rumpcfg.linux;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The guest's file system as the JVM reaches it: through {@code /proc/HOLDER/root}, the root of
 * the guest's mount namespace, then the guest's root directory, so that what the guest has
 * mounted is what is read and written. Guest paths are resolved as a chroot resolves them:
 * {@code ..} stops at the guest's root and a symbolic link is followed inside the guest, an
 * absolute one from the guest's root, so no guest path leads to the host's files.
 */
final class GuestFiles {
    private static final int MAX_LINKS = 40;

    /** The guest's root as the JVM reaches it: /proc/PID/root/ROOT. */
    private final Path base;
    /** The guest's root as a tool inside the guest's mount namespace names it. */
    private final String root;

    GuestFiles(long holderPid, Path root) {
        this.root = root.toString();
        this.base = Path.of("/proc", Long.toString(holderPid), "root", this.root.substring(1));
    }

    /**
     * {@code guestPath} resolved inside the guest: the relative path of components under the
     * guest's root, none a symbolic link (as resolved now); parts that do not exist are kept as
     * given. {@code followLast}: a symbolic link as the last component is followed too.
     */
    String resolve(String guestPath, boolean followLast) throws PlatformException {
        if (!guestPath.startsWith("/")) {
            throw new PlatformException(Errno.EINVAL, guestPath + ": not an absolute path");
        }
        Deque<String> todo = new ArrayDeque<>(components(guestPath));
        List<String> done = new ArrayList<>();
        int links = 0;
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (c.equals("..")) {
                if (!done.isEmpty()) {
                    done.remove(done.size() - 1);
                }
                continue;
            }
            Path p = base.resolve(join(done, c));
            if ((followLast || !todo.isEmpty()) && Files.isSymbolicLink(p)) {
                if (++links > MAX_LINKS) {
                    throw new PlatformException(Errno.EINVAL, guestPath + ": too many levels of symbolic links");
                }
                String target;
                try {
                    target = Files.readSymbolicLink(p).toString();
                } catch (IOException e) {
                    throw new PlatformException(Errno.EIO, guestPath + ": " + e.getMessage(), e);
                }
                if (target.startsWith("/")) {
                    done.clear();
                }
                List<String> more = components(target);
                for (int i = more.size() - 1; i >= 0; i--) {
                    todo.push(more.get(i));
                }
                continue;
            }
            done.add(c);
        }
        return String.join("/", done);
    }

    private static List<String> components(String path) {
        List<String> out = new ArrayList<>();
        for (String c : path.split("/")) {
            if (!c.isEmpty() && !c.equals(".")) {
                out.add(c);
            }
        }
        return out;
    }

    private static String join(List<String> done, String last) {
        return done.isEmpty() ? last : String.join("/", done) + "/" + last;
    }

    /** A resolved path as the JVM reaches it. */
    Path reach(String resolved) {
        return resolved.isEmpty() ? base : base.resolve(resolved);
    }

    /** A resolved path as a tool in the guest's mount namespace names it. */
    String inNamespace(String resolved) {
        return resolved.isEmpty() ? root : root + "/" + resolved;
    }

    /** Creates the directory and its missing parents; returns what it created, outermost first. */
    List<String> mkdirs(String guestPath) throws PlatformException {
        String resolved = resolve(guestPath, true);
        List<String> created = new ArrayList<>();
        List<String> parts = components("/" + resolved);
        for (int i = 1; i <= parts.size(); i++) {
            String sofar = String.join("/", parts.subList(0, i));
            Path dir = reach(sofar);
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.createDirectory(dir);
                created.add(sofar);
            } catch (FileAlreadyExistsException e) {
                throw new PlatformException(Errno.ENOTDIR, guestPath + ": /" + sofar + " is in the way, not a directory", e);
            } catch (IOException e) {
                throw new PlatformException(HostCommand.errnoOf(String.valueOf(e.getMessage()), Errno.EIO),
                        guestPath + ": " + e.getMessage(), e);
            }
        }
        return created;
    }

    /** Whether the guest path is a directory (following links inside the guest). */
    boolean isDirectory(String guestPath) throws PlatformException {
        return Files.isDirectory(reach(resolve(guestPath, true)), LinkOption.NOFOLLOW_LINKS);
    }

    void write(String guestPath, byte[] content) throws PlatformException {
        String resolved = resolve(guestPath, false);
        int slash = resolved.lastIndexOf('/');
        Path dir = reach(slash < 0 ? "" : resolved.substring(0, slash));
        Path target = reach(resolved);
        if (resolved.isEmpty() || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new PlatformException(Errno.EISDIR, guestPath + ": is a directory");
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new PlatformException(Errno.ENOENT, guestPath + ": its directory does not exist");
        }
        try {
            // Written aside, then renamed over the target: readers see the old file or the new.
            Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, content);
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (AtomicMoveNotSupportedException e) {
            throw new PlatformException(Errno.EOPNOTSUPP, guestPath + ": cannot replace atomically here", e);
        } catch (IOException e) {
            throw new PlatformException(HostCommand.errnoOf(String.valueOf(e.getMessage()), Errno.EIO),
                    guestPath + ": " + e.getMessage(), e);
        }
    }

    byte[] read(String guestPath, int maxBytes) throws PlatformException {
        Path file = reach(resolve(guestPath, true));
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                throw new PlatformException(a.isDirectory() ? Errno.EISDIR : Errno.EINVAL, guestPath + ": not a regular file");
            }
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new PlatformException(Errno.E2BIG, guestPath + ": more than " + maxBytes + " bytes");
                }
                return Arrays.copyOf(bytes, bytes.length);
            }
        } catch (NoSuchFileException e) {
            throw new PlatformException(Errno.ENOENT, guestPath + ": no such file", e);
        } catch (IOException e) {
            throw new PlatformException(Errno.EIO, guestPath + ": " + e.getMessage(), e);
        }
    }
}
