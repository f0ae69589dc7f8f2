package io.rumpcfg.source;

import io.rumpcfg.platform.Platform;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What opening a source may need besides its spec.
 *
 * @param platform         mounts the root file system for {@code _RUMPRUN_ROOTFSCFG}
 * @param xenstoreSocket   {@code --xenstore-socket}; otherwise {@code $XENSTORED_PATH} or a default
 * @param xenstoreTimeout  how long connecting to xenstore, and then each request, may take
 * @param startInfoCmdline a Xen guest's start_info command line, the fallback when its key is missing
 * @param stdin            standard input, for {@code -}
 */
public record SourceContext(
        Optional<Platform> platform,
        Optional<Path> xenstoreSocket,
        Duration xenstoreTimeout,
        Optional<String> startInfoCmdline,
        Supplier<InputStream> stdin) {
    /**
     * How long connecting to xenstore, and then each request, may take unless told otherwise. Kept here rather than only in
     * {@link io.rumpcfg.source.xen.XenstoreClient}, so that {@link #DEFAULTS} does not load the
     * client (and its socket classes) on every run that reads a file.
     */
    public static final Duration DEFAULT_XENSTORE_TIMEOUT = Duration.ofSeconds(5);

    /** No platform, the default xenstore socket, a 5 s time-out, {@code System.in}. */
    public static final SourceContext DEFAULTS = new SourceContext(
            Optional.empty(), Optional.empty(), DEFAULT_XENSTORE_TIMEOUT, Optional.empty(), new SystemIn());

    /**
     * Makes a context.
     *
     * @throws NullPointerException     if any component is null
     * @throws IllegalArgumentException if {@code xenstoreTimeout} is zero or negative
     */
    public SourceContext {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(xenstoreSocket, "xenstoreSocket");
        if (xenstoreTimeout.isNegative() || xenstoreTimeout.isZero()) {
            throw new IllegalArgumentException("xenstoreTimeout must be positive: " + xenstoreTimeout);
        }
        Objects.requireNonNull(startInfoCmdline, "startInfoCmdline");
        Objects.requireNonNull(stdin, "stdin");
    }

    /** This context with a platform to mount the root file system with. */
    public SourceContext withPlatform(Platform p) {
        return new SourceContext(Optional.of(p), xenstoreSocket, xenstoreTimeout, startInfoCmdline, stdin);
    }

    /** This context with xenstore's socket at {@code socket}. */
    public SourceContext withXenstoreSocket(Path socket) {
        return new SourceContext(platform, Optional.of(socket), xenstoreTimeout, startInfoCmdline, stdin);
    }

    /** This context with another xenstore time-out; it must be positive. */
    public SourceContext withXenstoreTimeout(Duration timeout) {
        return new SourceContext(platform, xenstoreSocket, timeout, startInfoCmdline, stdin);
    }

    /** This context with another standard input, asked for only when {@code -} is read. */
    public SourceContext withStdin(Supplier<InputStream> in) {
        return new SourceContext(platform, xenstoreSocket, xenstoreTimeout, startInfoCmdline, in);
    }

    /** {@code System.in} when asked for, not when made. */
    private static final class SystemIn implements Supplier<InputStream> {
        @Override
        public InputStream get() {
            return System.in;
        }
    }
}
