package io.rumpcfg.source.xen;

import io.rumpcfg.model.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The launch-time half of the Xen method: writes a configuration to
 * {@code /local/domain/<domid>/rumprun/cfg} while the domain is still paused. The bytes are
 * written as they are: unlike {@code xenstore-write}, no backslash escape is interpreted.
 *
 * <p>The caller validates the configuration first; the writer checks only that it fits.
 */
public final class XenstoreWriter {
    private final XenstoreEndpoint endpoint;
    private final Duration timeout;

    /**
     * A writer for the daemon at {@code endpoint}; connecting, and then each request, may take
     * {@code timeout}. A writer connects afresh for each write and keeps no other state, so one
     * may be shared by threads.
     *
     * @throws NullPointerException if either argument is null
     */
    public XenstoreWriter(XenstoreEndpoint endpoint, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * A writer for the daemon at {@code socket}, else where {@link XenstoreEndpoint#resolve} finds
     * it, with the default time-out.
     */
    public static XenstoreWriter forSocket(Optional<Path> socket) {
        return new XenstoreWriter(XenstoreEndpoint.resolve(socket), XenstoreClient.DEFAULT_TIMEOUT);
    }

    /** How a write ended; the CLI maps {@link Status#UNREACHABLE} to its own exit code. */
    public enum Status {
        /** The configuration is in xenstore. */
        WRITTEN,
        /** Nothing was sent: the configuration is over the payload limit. */
        REFUSED,
        /** No daemon could be reached at the endpoint. */
        UNREACHABLE,
        /** The daemon was reached, but the write failed: an error reply, a time-out, a broken reply. */
        FAILED
    }

    /**
     * The outcome of a write with its diagnostics (the size warning, or why it failed).
     *
     * @param status      how the write ended
     * @param diagnostics the size warning, if any, then why the write failed, if it did
     */
    public record Result(Status status, List<Diagnostic> diagnostics) {
        /**
         * Makes an outcome, copying the diagnostics.
         *
         * @throws NullPointerException if any component, or any diagnostic, is null
         */
        public Result {
            Objects.requireNonNull(status, "status");
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Writes {@code config} for {@code domid}; a config over the payload limit is refused unsent. */
    public Result write(int domid, byte[] config) {
        String path = XenstoreSource.configPath(domid);
        List<Diagnostic> checks = XenLimits.checkSize(domid, config.length);
        if (checks.stream().anyMatch(Diagnostic::isError)) {
            return new Result(Status.REFUSED, checks);
        }
        try (XenstoreClient client = XenstoreClient.connect(endpoint, timeout)) {
            client.write(path, config);
            return new Result(Status.WRITTEN, checks);
        } catch (XenstoreException e) {
            Status status = e.kind() == XenstoreException.Kind.UNREACHABLE ? Status.UNREACHABLE : Status.FAILED;
            List<Diagnostic> out = new ArrayList<>(checks);
            out.add(XenDiagnostics.failed("writing " + path, e));
            return new Result(status, out);
        }
    }
}
