package io.rumpcfg.process;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Maps guest paths to host paths under one root, and refuses any that would leave it. */
final class Sandbox {
    private final Path root;

    Sandbox(Path root) throws IOException {
        this.root = root.toRealPath();
        if (!Files.isDirectory(this.root)) {
            throw new IOException(root + ": not a directory");
        }
    }

    Path root() {
        return root;
    }

    /**
     * The host path of absolute guest path {@code guestPath}. {@code ..} that climbs above the
     * root, and symbolic links that lead out of it, fail with {@link Errno#EACCES}.
     */
    Path resolve(String guestPath) throws PlatformException {
        if (!guestPath.startsWith("/")) {
            throw new PlatformException(Errno.EINVAL, guestPath + ": not an absolute path");
        }
        Path host = root.resolve(guestPath.substring(1)).normalize();
        if (!host.startsWith(root)) {
            throw new PlatformException(Errno.EACCES, guestPath + ": leads outside the root " + root);
        }
        // The deepest part that exists decides where a symbolic link really leads.
        Path existing = host;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing != null) {
            try {
                if (!existing.toRealPath().startsWith(root)) {
                    throw new PlatformException(Errno.EACCES, guestPath + ": a symbolic link leads outside the root " + root);
                }
            } catch (IOException e) {
                throw new PlatformException(Errno.EACCES, guestPath + ": cannot resolve: " + e.getMessage(), e);
            }
        }
        return host;
    }
}
