package io.rumpcfg.linux;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one host tool to its end and tells how it went: the platform's only way to the kernel,
 * since Java cannot call unshare(2), setns(2) or mount(2). Tools run with a fixed PATH and the
 * C locale, so that their messages can be read; a tool that fails becomes a
 * {@link PlatformException} whose errno is read from the kernel's message it printed.
 */
final class HostCommand {
    private static final Logger LOG = LoggerFactory.getLogger(LinuxPlatform.class);
    /** How long one tool may take; a DHCP client has its own, longer bound. */
    static final long DEFAULT_TIMEOUT_MS = 30_000;
    /** What is kept of a tool's output. */
    private static final int MAX_OUTPUT = 64 * 1024;

    /** How a tool ended. */
    record Result(int exit, String stdout, String stderr) {
        boolean ok() {
            return exit == 0;
        }

        /** stderr, or stdout when stderr is empty, trimmed: what to tell the user. */
        String message() {
            String s = stderr.isBlank() ? stdout : stderr;
            return s.trim().replace('\n', ' ');
        }
    }

    private HostCommand() {}

    static Result run(List<String> command, long timeoutMs) throws PlatformException {
        return run(command, new byte[0], timeoutMs);
    }

    static Result run(List<String> command, byte[] stdin, long timeoutMs) throws PlatformException {
        LOG.debug("running {}", command);
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", Tools.searchPath());
        env.put("LC_ALL", "C");
        Process p;
        try {
            p = builder.start();
        } catch (IOException e) {
            throw new PlatformException(Errno.ENOEXEC, "cannot run " + command.get(0) + ": " + e.getMessage(), e);
        }
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        try {
            try (var in = p.getOutputStream()) {
                in.write(stdin);
            } catch (IOException e) {
                // the tool did not read its input; its exit status tells
            }
            if (!p.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                throw new PlatformException(Errno.ETIMEDOUT, String.join(" ", shortName(command)) + ": no answer within "
                        + timeoutMs / 1000 + " s");
            }
            return new Result(p.exitValue(), out.get(), err.get());
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new PlatformException(Errno.EINTR, "interrupted while " + command.get(0) + " ran", e);
        } catch (ExecutionException e) {
            throw new PlatformException(Errno.EIO, "cannot read what " + command.get(0) + " printed", e);
        }
    }

    /** Runs the tool and fails, with the errno its message names, unless it exits 0. */
    static Result check(List<String> command, String what) throws PlatformException {
        Result r = run(command, DEFAULT_TIMEOUT_MS);
        if (!r.ok()) {
            throw new PlatformException(errnoOf(r.message(), Errno.EIO), what + ": " + r.message());
        }
        return r;
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                byte[] b = in.readNBytes(MAX_OUTPUT);
                in.transferTo(OutputSink.INSTANCE);
                return new String(b, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    /** Drops what comes past the kept part. */
    private static final class OutputSink extends OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }

    /** The command without the nsenter prefix, for messages. */
    private static List<String> shortName(List<String> command) {
        int dash = command.indexOf("--");
        return new ArrayList<>(dash >= 0 ? command.subList(dash + 1, command.size()) : command);
    }

    /**
     * The errno whose strerror(3) text (or a tool's usual wording of it) {@code message}
     * holds; {@code otherwise} when it holds none.
     */
    static Errno errnoOf(String message, Errno otherwise) {
        String m = message.toLowerCase(Locale.ROOT);
        String[][] table = {
            {"wrong fs type", "EINVAL"},
            {"no such device or address", "ENXIO"},
            {"special device", "ENXIO"},
            {"mount point does not exist", "ENOENT"},
            {"no such file or directory", "ENOENT"},
            {"directory nonexistent", "ENOENT"},
            {"does not exist", "ENOENT"},
            {"can't find", "ENOENT"},
            {"unknown filesystem type", "ENODEV"},
            {"helper program", "ENODEV"},
            {"no such device", "ENODEV"},
            {"invalid argument", "EINVAL"},
            {"not a directory", "ENOTDIR"},
            {"is a directory", "EISDIR"},
            {"already mounted", "EBUSY"},
            {"device or resource busy", "EBUSY"},
            {"file exists", "EEXIST"},
            {"read-only file system", "EROFS"},
            {"write-protected", "EROFS"},
            {"permission denied", "EACCES"},
            {"operation not permitted", "EPERM"},
            {"no space left", "ENOSPC"},
            {"cannot assign requested address", "EADDRNOTAVAIL"},
            {"network is unreachable", "ENETUNREACH"},
            {"nexthop has invalid gateway", "ENETUNREACH"},
            {"no route to host", "EHOSTUNREACH"},
            {"connection refused", "ECONNREFUSED"},
            {"timed out", "ETIMEDOUT"},
            {"cannot allocate memory", "ENOMEM"},
            {"name too long", "ENAMETOOLONG"},
            {"operation not supported", "EOPNOTSUPP"},
            {"not supported", "EOPNOTSUPP"},
        };
        for (String[] row : table) {
            if (m.contains(row[0])) {
                return Errno.valueOf(row[1]);
            }
        }
        return otherwise;
    }
}
