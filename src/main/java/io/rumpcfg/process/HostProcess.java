package io.rumpcfg.process;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.ProgramOutput;
import io.rumpcfg.platform.SpawnRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One rc program as a host process. A program whose stdout is piped starts only when the
 * program reading it is spawned, so that the whole pipeline is started at once with real OS
 * pipes between the stages. Its output is kept ({@link OutputTail}) and handed, line by line
 * as it comes, to a {@link ProgramOutput}.
 */
public final class HostProcess implements Program {
    /** How long the output of a program that exited may take to be read to its end. */
    private static final long DRAIN_MILLIS = 2000;
    final int number;
    final SpawnRequest request;
    final Path executable;
    final ProcessBuilder builder;
    private Process process;
    private boolean ownSession;
    private Thread outDrain;
    private Thread errDrain;
    private final OutputTail out = new OutputTail();
    private final OutputTail err = new OutputTail();
    private volatile boolean exited;
    private volatile int exitCode;
    private final ProgramOutput output;

    HostProcess(int number, SpawnRequest request, Path executable, ProcessBuilder builder, ProgramOutput output) {
        this.number = number;
        this.request = request;
        this.executable = executable;
        this.builder = builder;
        this.output = output;
    }

    /** What the program was spawned with. */
    public SpawnRequest request() {
        return request;
    }

    /** The program's number: 0 for the first spawned, then 1, 2, ... */
    public int number() {
        return number;
    }

    /**
     * Takes over a started process: collects its stdout (unless piped onward) and stderr.
     * {@code ownSession}: it was started through setsid, and leads a session of its own.
     */
    synchronized void started(Process p, boolean first, boolean ownSession) throws IOException {
        process = p;
        this.ownSession = ownSession;
        if (first) {
            p.getOutputStream().close(); // the first stage reads an empty stdin
        }
        if (!request.pipeStdout()) {
            outDrain = drain(p.getInputStream(), out, ProgramOutput.Stream.STDOUT);
        }
        errDrain = drain(p.getErrorStream(), err, ProgramOutput.Stream.STDERR);
    }

    /** Reads the stream to its end, so the program never blocks on a full pipe; keeps only its tail. */
    private Thread drain(InputStream in, OutputTail into, ProgramOutput.Stream stream) {
        LineSplitter lines = new LineSplitter(output, number, stream);
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                into.write(b);
                lines.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                into.write(bytes, offset, length);
                lines.write(bytes, offset, length);
            }
        };
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(both);
            } catch (IOException ignored) {
                // the process is gone; what was read so far is kept
            } finally {
                lines.close();
            }
        }, "host-" + number + "-" + request.bin() + "-" + stream.name().toLowerCase(Locale.ROOT));
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public int waitFor() throws PlatformException, InterruptedException {
        Process p;
        synchronized (this) {
            p = process;
        }
        if (p == null) {
            throw new PlatformException(Errno.ECHILD, request.bin() + " never started: no program read its piped stdout");
        }
        int code = p.waitFor();
        // What the program wrote is in the pipe by now. A descendant that still holds the pipe
        // keeps it from ending, until the boot ends and kills it: do not wait for that.
        long end = System.nanoTime() + DRAIN_MILLIS * 1_000_000;
        if (outDrain != null) {
            outDrain.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        }
        errDrain.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        exitCode = code;
        exited = true;
        return code;
    }

    /**
     * Kills the program if it still runs, and what it started: every process of its session
     * (a double-forked daemon included), or, without a session of its own, its descendants.
     * Called for every program when the boot ends, so nothing a program left behind outlives it.
     */
    @Override
    public void kill() {
        Process p;
        boolean session;
        synchronized (this) {
            p = process;
            session = ownSession;
        }
        if (p != null) {
            boolean exitedBefore = !p.isAlive();
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            if (session) {
                Session.kill(p.pid(), exitedBefore);
            }
        }
    }

    /** The program as seen now: its exit status and the tail of its output once it has exited. */
    public HostProgram record() {
        boolean done = exited;
        boolean started;
        synchronized (this) {
            started = process != null;
        }
        return new HostProgram(number, request.bin(), executable, request.argv(), request.workdir(),
                request.pipeStdout(), started, done ? OptionalInt.of(exitCode) : OptionalInt.empty(),
                done ? out.text() : "", done ? out.dropped() : 0, done ? err.text() : "", done ? err.dropped() : 0);
    }
}
