package io.rumpcfg.exec;

import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a plan's steps, in plan order, through a {@link Platform}.
 *
 * <p>When a step fails, nothing after it runs. rc programs follow rumprun's run modes: a
 * {@code ""} program is waited for, and a non-zero exit status fails its step; {@code "&"}
 * leaves it running; {@code "|"} connects its stdout to the next program's stdin. Before
 * returning, the executor waits for every program it started, after a failure too, so that
 * the report holds every exit status; then it calls {@link io.rumpcfg.platform.Program#kill}
 * on every program, so that nothing they started outlives the boot.
 *
 * <p>Interrupting the thread that runs {@link #run} stops the run as {@link #stop} does, but
 * always as a failure: the step in progress fails with {@link Errno#EINTR}, or, interrupted
 * after the last step while waiting for a program, that program's rc step; every program is
 * killed and none is waited for any more. The interrupt status stays set.
 *
 * <p>What a platform or a program throws never escapes {@link #run}: in a step it fails the
 * step ({@code platform error: CLASS: message}); from {@link io.rumpcfg.platform.Program#waitFor}
 * after the last step or from {@link io.rumpcfg.platform.Program#kill} it is the program's
 * {@link ProgramRun#problem}.
 *
 * <p>Logging (SLF4J, logger {@code io.rumpcfg.exec.Executor}): a failed step at WARN
 * ({@code FAILED ID: cause}); {@code applied ID}, {@code not run ID} and the platform calls at
 * DEBUG; {@link #stop} at INFO. Environment values appear only at DEBUG, and values whose names look secret
 * ({@link io.rumpcfg.model.EnvVar#looksSecret}) never. The executor prints nothing.
 *
 * <p>An executor applies one plan at a time from one thread; platform calls are never
 * concurrent. {@link #stop} is the exception: any thread may call it, to end a run early.
 */
public final class Executor {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);
    /** The stop reason of a run whose thread was interrupted. */
    static final String INTERRUPTED = "the boot's thread was interrupted";
    private static final String INTERRUPTED_BEFORE = "interrupted before this step began";

    private final Platform platform;
    private final ExecOptions options;

    /** Guards {@link #stopReason}, {@link #running} and {@link #ended}, which {@link #stop} shares with {@link #run}. */
    private final Object stopLock = new Object();
    private String stopReason;
    private RcRunner running;
    private boolean ended;

    private Executor(Platform platform, ExecOptions options) {
        this.platform = platform;
        this.options = options;
    }

    /**
     * Ends the run early, from any thread, as a guest told to halt: every program started so
     * far is killed ({@link io.rumpcfg.platform.Program#kill}), and so is any started later. The
     * step in progress fails with {@link io.rumpcfg.platform.Errno#EINTR} and cause
     * {@code stopped: REASON} (a foreground program killed, or, between steps, the next step,
     * {@code stopped before this step began: REASON}); the steps after it are not run. When
     * every step was already applied, the report shows them so, and the background programs
     * with the status of their killing. {@link #run} returns the report as usual.
     *
     * <p>Called before {@link #run}, it stops that run before its first step; an executor once
     * stopped stays stopped.
     *
     * @return false when this executor's run had already ended, or was already stopped
     */
    public boolean stop(String reason) {
        Objects.requireNonNull(reason, "reason");
        RcRunner rc;
        synchronized (stopLock) {
            if (ended || stopReason != null) {
                return false;
            }
            stopReason = reason;
            rc = running;
        }
        LOG.info("stopped: {}", reason);
        if (rc != null) {
            rc.stop(reason);
        }
        return true;
    }

    /** Why the run was stopped, if {@link #stop} stopped it. */
    public Optional<String> stopReason() {
        synchronized (stopLock) {
            return Optional.ofNullable(stopReason);
        }
    }

    /**
     * An executor that applies plans through {@code platform}.
     *
     * @param platform the platform every effect goes to; not null
     * @param options  the listener and the other execution options; not null
     * @return a new executor, for one run at a time
     */
    public static Executor create(Platform platform, ExecOptions options) {
        return new Executor(Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(options, "options"));
    }

    private StepFailure failed(ExecListener listener, StepFailure failure) {
        LOG.warn("FAILED {}", failure.describe());
        listener.stepFailed(failure);
        return failure;
    }

    /**
     * Applies {@code plan} and reports what happened; failures are in the report, never
     * thrown: what the platform or a program throws fails the step in progress. Interrupting
     * the calling thread fails the step in progress with EINTR and kills every program; the
     * interrupt status is kept.
     *
     * @throws NullPointerException when {@code plan} is null
     */
    public BootReport run(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        ExecListener listener = options.listener();
        RcRunner rc = new RcRunner(platform, listener);
        synchronized (stopLock) {
            running = rc;
            ended = false;
            if (stopReason != null) {
                rc.stop(stopReason);
            }
        }
        StepApplier applier = new StepApplier(platform, rc);
        List<Step> applied = new ArrayList<>();
        List<Step> notRun = new ArrayList<>();
        Optional<StepFailure> failed = Optional.empty();
        for (Step step : plan.steps()) {
            if (failed.isPresent()) {
                notRun.add(step);
                LOG.debug("not run {}", step.id());
                listener.stepNotRun(step);
                continue;
            }
            Optional<String> stopped = stopReason();
            String before = stopped.isPresent() ? "stopped before this step began: " + stopped.get()
                    : Thread.currentThread().isInterrupted() ? INTERRUPTED_BEFORE : null;
            if (before != null) {
                rc.stop(before.equals(INTERRUPTED_BEFORE) ? INTERRUPTED : stopped.get());
                failed = Optional.of(failed(listener, new StepFailure(step, Errno.EINTR + ": " + before,
                        Optional.of(Errno.EINTR), OptionalInt.empty())));
                continue;
            }
            listener.stepStarting(step);
            try {
                applier.apply(step);
                LOG.debug("applied {}", step.id());
                listener.stepApplied(step);
                // only now: a listener that throws leaves the step failed, not in two lists
                applied.add(step);
            } catch (StepError e) {
                failed = Optional.of(failed(listener, new StepFailure(step, e.getMessage(), e.errno(), e.exitCode())));
            } catch (Exception e) {
                // A platform bug, checked exceptions thrown sneakily included, must not take
                // the boot down without a report.
                failed = Optional.of(failed(listener, new StepFailure(step, "platform error: " + e,
                        Optional.empty(), OptionalInt.empty())));
            }
        }
        if (failed.isPresent()) {
            rc.killRunning();
        }
        if (Thread.currentThread().isInterrupted()) {
            rc.stop(INTERRUPTED);
        }
        List<ProgramRun> programs = rc.finish();
        Optional<RcRunner.Interrupted> waiting = rc.interruptedWaiting();
        if (failed.isEmpty() && waiting.isPresent()) {
            // Interrupted after the last step, while waiting for a program: the boot fails there.
            Step step = waiting.get().step();
            applied.remove(step);
            failed = Optional.of(failed(listener, new StepFailure(step, Errno.EINTR + ": interrupted while waiting for "
                    + waiting.get().bin() + " to exit; every program still running was killed",
                    Optional.of(Errno.EINTR), OptionalInt.empty())));
        }
        programs = rc.halt(programs);
        synchronized (stopLock) {
            ended = true;
        }
        return new BootReport(List.of(), applied, failed, notRun, programs);
    }
}
