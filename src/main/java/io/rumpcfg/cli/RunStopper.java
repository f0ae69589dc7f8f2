package io.rumpcfg.cli;

import io.rumpcfg.exec.Executor;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What ends a {@code run} early: {@code --timeout}, and the JVM being told to exit (SIGTERM,
 * SIGINT, SIGHUP to rumpcfg alone, as {@code timeout}, {@code kill PID} or a supervisor send
 * them). Either stops the executor, which kills every program started; the run then ends as
 * usual and prints its partial report. Only the run command installs this: the library never
 * adds a shutdown hook.
 */
final class RunStopper implements AutoCloseable {
    /** How long the shutdown hook lets the run print its report before the JVM exits. */
    private static final long REPORT_GRACE_SECONDS = 10;
    /** The reason a signal gives: Java does not say which signal it was. */
    static final String SIGNALLED = "rumpcfg was told to exit (a signal such as SIGTERM or SIGINT)";

    private final Executor executor;
    private final Thread hook;
    private final Optional<Thread> timer;
    private final CountDownLatch reported = new CountDownLatch(1);

    private RunStopper(Executor executor, Optional<Duration> timeout) {
        this.executor = executor;
        this.hook = new Thread(this::onShutdown, "rumpcfg-shutdown");
        this.timer = timeout.map(t -> {
            Thread thread = new Thread(() -> expire(t), "rumpcfg-timeout");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Arms the shutdown hook, and the timer when {@code timeout} is given; it runs from now. */
    static RunStopper arm(Executor executor, Optional<Duration> timeout) {
        RunStopper stopper = new RunStopper(executor, timeout);
        Runtime.getRuntime().addShutdownHook(stopper.hook);
        stopper.timer.ifPresent(Thread::start);
        return stopper;
    }

    private void expire(Duration timeout) {
        try {
            Thread.sleep(timeout.toMillis());
        } catch (InterruptedException e) {
            return; // the run ended first
        }
        executor.stop("--timeout " + DurationConverter.text(timeout) + " passed");
    }

    /** The JVM is exiting: stop the run, and give it a moment to print what it did. */
    private void onShutdown() {
        if (!executor.stop(SIGNALLED)) {
            return;
        }
        try {
            reported.await(REPORT_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The run's report is printed: a shutdown under way may go on. */
    void reported() {
        reported.countDown();
    }

    @Override
    public void close() {
        reported.countDown();
        timer.ifPresent(Thread::interrupt);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it waits for nothing more
        }
    }
}
