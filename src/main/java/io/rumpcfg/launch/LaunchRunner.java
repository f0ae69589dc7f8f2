package io.rumpcfg.launch;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.xen.XenstoreEndpoint;
import io.rumpcfg.source.xen.XenstoreWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Takes a launch's steps for real: in a temporary directory of its own (removed at the end),
 * with the console of every program passed through. Every program is looked up on the PATH
 * before the first step, so a missing one starts nothing.
 */
public final class LaunchRunner {
    /** The status of a launch whose program is missing, as a shell's "command not found". */
    public static final int NOT_FOUND = 127;
    /** The status of a launch the host failed: a file not written, the xenstore write (the domain is then destroyed). */
    public static final int HOST_FAILED = 4;

    private final Map<String, String> env;
    private final Duration xenstoreTimeout;
    private final PrintWriter err;
    private volatile Process current;
    private volatile Path workDir;
    private volatile boolean stopped;

    /**
     * A runner whose programs see {@code env} (and are looked up on its PATH), writing its own
     * messages to {@code err}.
     */
    public LaunchRunner(Map<String, String> env, Duration xenstoreTimeout, PrintWriter err) {
        this.env = Map.copyOf(env);
        this.xenstoreTimeout = xenstoreTimeout;
        this.err = err;
    }

    /** A program's path on the PATH, or empty when none is there. */
    public Optional<Path> find(String program) {
        if (program.contains("/")) {
            Path p = Path.of(program);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        for (String dir : env.getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The programs that {@code actions} run, in order, once each. */
    static List<String> programs(List<Action> actions) {
        List<String> out = new ArrayList<>();
        for (Action a : actions) {
            List<Arg> argv = a instanceof Action.Run ? ((Action.Run) a).argv()
                    : a instanceof Action.CaptureDomid ? ((Action.CaptureDomid) a).argv() : List.of();
            if (!argv.isEmpty() && argv.get(0) instanceof Arg.Text && !out.contains(((Arg.Text) argv.get(0)).text())) {
                out.add(((Arg.Text) argv.get(0)).text());
            }
        }
        return out;
    }

    /**
     * Takes the steps and returns the status of the last program, or of the first that failed;
     * {@link #NOT_FOUND} when a program is missing, before anything ran.
     *
     * @param actions the steps
     * @param missing what to tell the user about a missing program: its package, say
     */
    public int run(List<Action> actions, Map<String, String> missing) {
        for (String program : programs(actions)) {
            if (find(program).isEmpty()) {
                err.println("rumpcfg: " + program + " is not on the PATH; nothing was started"
                        + (missing.containsKey(program) ? " (" + missing.get(program) + ")" : ""));
                err.flush();
                return NOT_FOUND;
            }
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("rumpcfg-launch");
            workDir = dir;
            return steps(actions, dir);
        } catch (IOException e) {
            err.println("rumpcfg: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
            return HOST_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            removeTree(dir);
        }
    }

    private int steps(List<Action> actions, Path dir) throws IOException, InterruptedException {
        int status = 0;
        Optional<String> domid = Optional.empty();
        for (Action action : actions) {
            if (action instanceof Action.WriteFile) {
                Action.WriteFile w = (Action.WriteFile) action;
                Path to = dir.resolve(w.name());
                Files.createDirectories(to.getParent());
                Files.write(to, w.content());
            } else if (action instanceof Action.CopyFile) {
                Action.CopyFile c = (Action.CopyFile) action;
                Path to = dir.resolve(c.name());
                Files.createDirectories(to.getParent());
                Files.copy(c.from(), to, StandardCopyOption.REPLACE_EXISTING);
            } else if (action instanceof Action.Run) {
                Action.Run r = (Action.Run) action;
                status = start(r.argv(), dir, domid, r.inDir(), false).waitFor();
                if (status != 0) {
                    return status;
                }
            } else if (action instanceof Action.CaptureDomid) {
                Process p = start(((Action.CaptureDomid) action).argv(), dir, domid, false, true);
                String out;
                try (InputStream in = p.getInputStream()) {
                    out = new String(in.readNBytes(64), StandardCharsets.US_ASCII).trim();
                }
                status = p.waitFor();
                if (status != 0) {
                    return status;
                }
                if (!out.matches("[0-9]{1,5}")) {
                    err.println("rumpcfg: xl domid printed " + Diagnostic.quote(out) + ", not a domain id");
                    err.flush();
                    return HOST_FAILED;
                }
                domid = Optional.of(out);
            } else if (action instanceof Action.WriteXenstore) {
                Action.WriteXenstore x = (Action.WriteXenstore) action;
                XenstoreWriter.Result result = new XenstoreWriter(XenstoreEndpoint.resolve(x.socket(), env, Files::exists),
                        xenstoreTimeout).write(Integer.parseInt(domid.orElseThrow()), Files.readAllBytes(dir.resolve(x.name())));
                for (Diagnostic d : result.diagnostics()) {
                    err.println(d.render("xenstore"));
                }
                err.flush();
                if (result.status() != XenstoreWriter.Status.WRITTEN) {
                    start(x.undo(), dir, domid, false, false).waitFor();
                    return HOST_FAILED;
                }
            }
        }
        return status;
    }

    /**
     * Ends a launch under way from another thread (the JVM being told to exit): the program
     * running is asked to end (SIGTERM; QEMU and xl then exit cleanly), and no step after it is taken.
     * Returns when it ended, or after {@code grace}, with the launch's directory removed.
     */
    public void stop(Duration grace) {
        stopped = true;
        Process p = current;
        if (p != null) {
            p.destroy();
            try {
                p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // The JVM may exit before the launching thread's own clean-up runs.
        removeTree(workDir);
    }

    private Process start(List<Arg> argv, Path dir, Optional<String> domid, boolean inDir, boolean capture)
            throws IOException {
        if (stopped) {
            throw new IOException("stopped: rumpcfg was told to exit");
        }
        List<String> words = new ArrayList<>();
        for (Arg a : argv) {
            if (a instanceof Arg.Text) {
                words.add(((Arg.Text) a).text());
            } else if (a instanceof Arg.InDir) {
                words.add(dir.resolve(((Arg.InDir) a).name()).toString());
            } else {
                words.add(domid.orElseThrow());
            }
        }
        words.set(0, find(words.get(0)).orElseThrow().toString());
        ProcessBuilder pb = new ProcessBuilder(words).inheritIO();
        pb.environment().clear();
        pb.environment().putAll(env);
        if (inDir) {
            pb.directory(dir.toFile());
        }
        if (capture) {
            pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
        }
        err.flush();
        Process p = pb.start();
        current = p;
        return p;
    }

    private static void removeTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is no reason to change the launch's status.
        }
    }
}
