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
        // Threads of named runnables, not lambdas: a run without --timeout makes no lambda
        // at all, and each first made costs a cold start (docs/performance.md, "Cold start").
        this.hook = new Thread(new OnShutdown(), "rumpcfg-shutdown");
        if (timeout.isPresent()) {
            Thread thread = new Thread(new Expire(timeout.get()), "rumpcfg-timeout");
            thread.setDaemon(true);
            this.timer = Optional.of(thread);
        } else {
            this.timer = Optional.empty();
        }
    }

    /** Arms the shutdown hook, and the timer when {@code timeout} is given; it runs from now. */
    static RunStopper arm(Executor executor, Optional<Duration> timeout) {
        RunStopper stopper = new RunStopper(executor, timeout);
        Runtime.getRuntime().addShutdownHook(stopper.hook);
        if (stopper.timer.isPresent()) {
            stopper.timer.get().start();
        }
        return stopper;
    }

    /** --timeout: stops the run when it passes. */
    private final class Expire implements Runnable {
        private final Duration timeout;

        Expire(Duration timeout) {
            this.timeout = timeout;
        }

        @Override
        public void run() {
            try {
                Thread.sleep(timeout.toMillis());
            } catch (InterruptedException e) {
                return; // the run ended first
            }
            executor.stop("--timeout " + Durations.text(timeout) + " passed");
        }
    }

    /** The JVM is exiting: stop the run, and give it a moment to print what it did. */
    private final class OnShutdown implements Runnable {
        @Override
        public void run() {
            if (!executor.stop(SIGNALLED)) {
                return;
            }
            try {
                reported.await(REPORT_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The run's report is printed: a shutdown under way may go on. */
    void reported() {
        reported.countDown();
    }

    @Override
    public void close() {
        reported.countDown();
        if (timer.isPresent()) {
            timer.get().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it waits for nothing more
        }
    }
}
