package io.rumpcfg.source.xen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where the xenstore daemon listens: a Unix domain socket on a host, or the xenbus device inside
 * a Linux guest.
 *
 * @param path   the socket or device
 * @param device whether {@code path} is a device (opened as a file) rather than a socket
 */
public record XenstoreEndpoint(Path path, boolean device) {
    /** The variable Debian's xenstore tools read the socket path from. */
    public static final String ENV_VAR = "XENSTORED_PATH";
    /**
     * The places tried in order when neither an explicit path nor the variable gives one; Debian's
     * tools try the last three in the same order (the devices are for inside a guest).
     */
    public static final List<Path> DEFAULT_PATHS = List.of(Path.of("/run/xenstored/socket"),
            Path.of("/var/run/xenstored/socket"), Path.of("/dev/xen/xenbus"), Path.of("/proc/xen/xenbus"));

    /**
     * Makes an endpoint.
     *
     * @throws NullPointerException if {@code path} is null
     */
    public XenstoreEndpoint {
        Objects.requireNonNull(path, "path");
    }

    /** A path under /dev or /proc is the xenbus device; anything else a socket. */
    public static XenstoreEndpoint of(Path path) {
        String p = path.toString();
        return new XenstoreEndpoint(path, p.startsWith("/dev/") || p.startsWith("/proc/"));
    }

    /** The explicit path, else {@code $XENSTORED_PATH}, else the first of {@link #DEFAULT_PATHS} that exists. */
    public static XenstoreEndpoint resolve(Optional<Path> explicit) {
        return resolve(explicit, System.getenv(), Files::exists);
    }

    /** As {@link #resolve(Optional)}, with the environment and the file system given. */
    public static XenstoreEndpoint resolve(Optional<Path> explicit, Map<String, String> env, Predicate<Path> exists) {
        if (explicit.isPresent()) {
            return of(explicit.get());
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return of(Path.of(fromEnv));
        }
        // With none present, the last socket path makes the "cannot connect" message name a real default.
        return DEFAULT_PATHS.stream().filter(exists).findFirst().map(XenstoreEndpoint::of)
                .orElse(of(DEFAULT_PATHS.get(1)));
    }
}
