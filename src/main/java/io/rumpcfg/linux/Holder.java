package io.rumpcfg.linux;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A process that holds namespaces made for a run: {@code unshare FLAGS cat}, with {@code cat}
 * reading a pipe from the JVM. The namespaces live while it does; {@link #close} kills it, and
 * when it is the first process of a PID namespace the kernel kills every other process of that
 * namespace with it. Should the JVM die without closing it, the pipe ends, {@code cat} exits,
 * and the namespaces go the same way.
 */
final class Holder implements AutoCloseable {
    private static final long START_MS = 10_000;

    private final Process unshare;
    private final long pid;

    private Holder(Process unshare, long pid) {
        this.unshare = unshare;
        this.pid = pid;
    }

    /**
     * Starts a holder in new namespaces. {@code fork}: unshare forks (as --pid needs), and the
     * holder is its child, the first process of the new PID namespace.
     */
    static Holder start(List<String> flags, boolean fork, String what) throws PlatformException {
        List<String> command = new ArrayList<>();
        command.add(Tools.path("unshare"));
        command.addAll(flags);
        command.add(Tools.path("cat"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().put("PATH", Tools.searchPath());
        builder.environment().put("LC_ALL", "C");
        Process p;
        try {
            p = builder.start();
        } catch (IOException e) {
            throw new PlatformException(Errno.ENOEXEC, "cannot run unshare for the " + what + ": " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MS);
        while (System.nanoTime() < deadline) {
            Optional<Long> inside = fork
                    ? p.toHandle().children().map(ProcessHandle::pid).filter(Holder::isCat).findFirst()
                    : isCat(p.pid()) ? Optional.of(p.pid()) : Optional.empty();
            if (inside.isPresent()) {
                return new Holder(p, inside.get());
            }
            if (!p.isAlive()) {
                String err = readAll(p);
                throw new PlatformException(HostCommand.errnoOf(err, Errno.EPERM),
                        "cannot make the " + what + " (" + String.join(" ", flags) + "): " + err.trim());
            }
            pause();
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new PlatformException(Errno.ETIMEDOUT, "the " + what + " did not start within " + START_MS / 1000 + " s");
    }

    /** Whether the process runs cat by now: unshare has made the namespaces and exec'd. */
    private static boolean isCat(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm"), StandardCharsets.US_ASCII).trim().equals("cat");
        } catch (IOException e) {
            return false;
        }
    }

    private static String readAll(Process p) {
        try {
            return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The holder's PID as the host sees it: what nsenter --target takes. */
    long pid() {
        return pid;
    }

    /** Whether the holder, and so its namespaces, still lives. */
    boolean alive() {
        return unshare.isAlive() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Kills the holder and waits for it: its namespaces, and a PID namespace's processes, go with it. */
    @Override
    public void close() {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        boolean interrupted = false;
        // unshare reaps the holder, its child, and exits; only one that hangs is killed.
        for (int round = 0; round < 2; round++) {
            try {
                if (unshare.waitFor(5, TimeUnit.SECONDS)) {
                    break;
                }
                unshare.destroyForcibly();
            } catch (InterruptedException e) {
                interrupted = true; // cleaning up goes on: it is what an interrupt asks for
            }
        }
        // The PID namespace is gone only when its first process is reaped: wait for that too.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(Path.of("/proc", Long.toString(pid))) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
