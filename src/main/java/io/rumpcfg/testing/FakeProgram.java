package io.rumpcfg.testing;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.SpawnRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A baked binary running on its own thread, with its stdout captured or piped. A program whose
 * stdout is piped starts with the program that reads it, as on a host, so that one whose
 * reader never starts never runs, and says so the same way every time.
 */
final class FakeProgram implements Program {
    /** Like a kernel pipe buffer: a writer blocks when its reader falls this far behind. */
    private static final int PIPE_BYTES = 64 * 1024;
    /** How long a killed program may take to end. */
    private static final long KILL_GRACE_MILLIS = 1000;
    /** The status of a program killed by SIGKILL, as a shell reports it: 128 + 9. */
    static final int KILLED_STATUS = 137;

    private final int number;
    private final SpawnRequest request;
    private final Thread thread;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    /** What the program read from its stdin, so tests can see what a pipe carried. */
    private final ByteArrayOutputStream consumed = new ByteArrayOutputStream();
    private final OptionalInt stdinFrom;
    private final PipedInputStream pipeReader;
    private boolean pipeClaimed;
    private volatile int exitCode;
    private volatile boolean finished;
    private volatile String crash;
    private volatile boolean killed;
    private volatile boolean started;

    FakeProgram(int number, SpawnRequest request, BakedBinary binary, Optional<FakeProgram> from) throws PlatformException {
        this.number = number;
        this.request = request;
        this.stdinFrom = from.isPresent() ? OptionalInt.of(from.get().number) : OptionalInt.empty();
        InputStream stdin = new TeeInputStream(
                from.isPresent() ? from.get().claimPipe() : new ByteArrayInputStream(new byte[0]), consumed);
        OutputStream stdout;
        if (request.pipeStdout()) {
            PipedOutputStream writer = new PipedOutputStream();
            try {
                pipeReader = new PipedInputStream(writer, PIPE_BYTES);
            } catch (IOException e) {
                throw new PlatformException(Errno.EIO, "cannot make a pipe: " + e.getMessage(), e);
            }
            stdout = writer;
        } else {
            pipeReader = null;
            stdout = captured;
        }
        thread = new Thread(new Body(binary, stdin, stdout), "fake-" + number + "-" + request.bin());
        thread.setDaemon(true);
    }

    int number() {
        return number;
    }

    void start() {
        started = true;
        thread.start();
    }

    /** The program's thread: a class, not a lambda, as no lambda runs on {@code rumpcfg run}'s way. */
    private final class Body implements Runnable {
        private final BakedBinary binary;
        private final InputStream stdin;
        private final OutputStream stdout;

        Body(BakedBinary binary, InputStream stdin, OutputStream stdout) {
            this.binary = binary;
            this.stdin = stdin;
            this.stdout = stdout;
        }

        @Override
        public void run() {
            FakeProgram.this.run(binary, stdin, stdout);
        }
    }

    private void run(BakedBinary binary, InputStream stdin, OutputStream stdout) {
        int status;
        try (stdin; stdout) {
            status = binary.run(request.argv(), request.env(), stdin, stdout);
        } catch (Exception e) {
            crash = e.toString();
            status = 1;
        }
        exitCode = status;
        finished = true;
    }

    private synchronized InputStream claimPipe() throws PlatformException {
        if (pipeReader == null || pipeClaimed) {
            throw new PlatformException(Errno.EINVAL, request.bin() + " has no pipe to read from");
        }
        pipeClaimed = true;
        return pipeReader;
    }

    @Override
    public int waitFor() throws PlatformException, InterruptedException {
        if (!started) {
            throw new PlatformException(Errno.ECHILD, request.bin() + " never started: no program read its piped stdout");
        }
        if (killed) {
            // A Java function cannot be stopped by force: one that ignores the interrupt is
            // left behind, reported as killed.
            thread.join(KILL_GRACE_MILLIS);
            return finished ? exitCode : KILLED_STATUS;
        }
        thread.join();
        return exitCode;
    }

    /** Interrupts the binary's thread; a binary blocked in sleep, a pipe or a wait then ends. */
    @Override
    public void kill() {
        killed = true;
        thread.interrupt();
    }

    ProgramRecord record() {
        boolean done = finished;
        String output;
        synchronized (captured) {
            output = done ? captured.toString(StandardCharsets.UTF_8) : "";
        }
        String input;
        synchronized (consumed) {
            input = done ? consumed.toString(StandardCharsets.UTF_8) : "";
        }
        return new ProgramRecord(number, request.bin(), request.argv(), request.workdir(), request.env(),
                request.sysctl(), request.pipeStdout(), started, done ? OptionalInt.of(exitCode) : OptionalInt.empty(),
                output, Optional.ofNullable(done ? crash : null), stdinFrom, input);
    }
}
