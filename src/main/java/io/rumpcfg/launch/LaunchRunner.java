package io.rumpcfg.launch;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.xen.XenstoreEndpoint;
import io.rumpcfg.source.xen.XenstoreWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
    /** The status of a launch whose thread was interrupted, as a shell reports SIGINT. */
    public static final int INTERRUPTED = 130;

    private final Map<String, String> env;
    private final PrintWriter err;
    private Process current;
    private volatile Path workDir;
    private boolean stopped;

    /**
     * A runner whose programs see {@code env} (and are looked up on its PATH), writing its own
     * messages to {@code err}.
     */
    public LaunchRunner(Map<String, String> env, PrintWriter err) {
        this.env = Map.copyOf(env);
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
        Commands commands = new Commands();
        for (Action a : actions) {
            for (List<Arg> argv : a.accept(commands)) {
                String program = ((Arg.Text) argv.get(0)).text();
                if (!out.contains(program)) {
                    out.add(program);
                }
            }
        }
        return out;
    }

    /** The commands a step runs: none for a file, the undo of a xenstore write. */
    private static final class Commands implements Action.Visitor<List<List<Arg>>> {
        @Override
        public List<List<Arg>> writeFile(Action.WriteFile step) {
            return List.of();
        }

        @Override
        public List<List<Arg>> copyFile(Action.CopyFile step) {
            return List.of();
        }

        @Override
        public List<List<Arg>> run(Action.Run step) {
            return List.of(step.argv());
        }

        @Override
        public List<List<Arg>> captureDomid(Action.CaptureDomid step) {
            return List.of(step.argv());
        }

        @Override
        public List<List<Arg>> writeXenstore(Action.WriteXenstore step) {
            return List.of(step.undo());
        }
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
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
            err.println("rumpcfg: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
            err.flush();
            return HOST_FAILED;
        } catch (Interrupted e) {
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        } finally {
            removeTree(dir);
        }
    }

    private int steps(List<Action> actions, Path dir) {
        Steps steps = new Steps(dir);
        for (Action action : actions) {
            Optional<Integer> end = action.accept(steps);
            if (end.isPresent()) {
                return end.get();
            }
        }
        return steps.status;
    }

    /** Takes each step; a status ends the launch with it. I/O and interruption are carried out unchecked. */
    private final class Steps implements Action.Visitor<Optional<Integer>> {
        private final Path dir;
        private Optional<String> domid = Optional.empty();
        private int status;

        Steps(Path dir) {
            this.dir = dir;
        }

        @Override
        public Optional<Integer> writeFile(Action.WriteFile step) {
            return io(() -> {
                Path to = dir.resolve(step.name());
                Files.createDirectories(to.getParent());
                Files.write(to, step.content());
            });
        }

        @Override
        public Optional<Integer> copyFile(Action.CopyFile step) {
            return io(() -> {
                Path to = dir.resolve(step.name());
                Files.createDirectories(to.getParent());
                Files.copy(step.from(), to, StandardCopyOption.REPLACE_EXISTING);
            });
        }

        @Override
        public Optional<Integer> run(Action.Run step) {
            status = waitFor(start(step.argv(), dir, domid, step.inDir(), false));
            return status == 0 ? Optional.empty() : Optional.of(status);
        }

        @Override
        public Optional<Integer> captureDomid(Action.CaptureDomid step) {
            Process p = start(step.argv(), dir, domid, false, true);
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readNBytes(64), StandardCharsets.US_ASCII).trim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            status = waitFor(p);
            if (status != 0) {
                return Optional.of(status);
            }
            if (!out.matches("[0-9]{1,5}")) {
                err.println("rumpcfg: xl domid printed " + Diagnostic.quote(out) + ", not a domain id");
                err.flush();
                return Optional.of(HOST_FAILED);
            }
            domid = Optional.of(out);
            return Optional.empty();
        }

        @Override
        public Optional<Integer> writeXenstore(Action.WriteXenstore step) {
            byte[] config;
            try {
                config = Files.readAllBytes(dir.resolve(step.name()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            XenstoreWriter.Result result = new XenstoreWriter(XenstoreEndpoint.resolve(step.socket(), env, Files::exists),
                    step.timeout()).write(Integer.parseInt(domid.orElseThrow()), config);
            for (Diagnostic d : result.diagnostics()) {
                err.println(d.render("xenstore"));
            }
            err.flush();
            if (result.status() == XenstoreWriter.Status.WRITTEN) {
                return Optional.empty();
            }
            waitFor(start(step.undo(), dir, domid, false, false));
            return Optional.of(HOST_FAILED);
        }
    }

    /** A file operation that may throw. */
    private interface FileWork {
        void run() throws IOException;
    }

    private static Optional<Integer> io(FileWork work) {
        try {
            work.run();
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            throw new Interrupted(e);
        }
    }

    /** The launching thread was interrupted while a program ran; the program was asked to end. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted(InterruptedException cause) {
            super(cause);
        }
    }

    /**
     * Ends a launch under way from another thread (the JVM being told to exit): the program
     * running is asked to end (SIGTERM; QEMU and xl then exit cleanly), and no step after it is taken.
     * Returns when it ended, or after {@code grace}, with the launch's directory removed.
     */
    public void stop(Duration grace) {
        Process p;
        synchronized (this) {
            // After start() has set current, or before it starts anything: never between.
            stopped = true;
            p = current;
        }
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

    private Process start(List<Arg> argv, Path dir, Optional<String> domid, boolean inDir, boolean capture) {
        List<String> words = new ArrayList<>();
        for (Arg a : argv) {
            words.add(a.value(dir, domid));
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
        synchronized (this) {
            if (stopped) {
                throw new UncheckedIOException(new IOException("stopped: rumpcfg was told to exit"));
            }
            try {
                current = pb.start();
                return current;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
