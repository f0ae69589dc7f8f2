package io.rumpcfg.exec;

import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Logging (SLF4J, logger {@code io.rumpcfg.exec.Executor}): one INFO line per step
 * ({@code applied ID}, {@code FAILED ID: cause}, {@code not run ID}), DEBUG for the platform
 * calls. Environment values appear only at DEBUG, and values whose names look secret
 * ({@link io.rumpcfg.model.EnvVar#looksSecret}) never. The executor prints nothing.
 *
 * <p>An executor applies one plan at a time from one thread; platform calls are never
 * concurrent. {@link #stop} is the exception: any thread may call it, to end a run early.
 */
public final class Executor {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);

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

    public static Executor create(Platform platform, ExecOptions options) {
        return new Executor(Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(options, "options"));
    }

    /** Applies {@code plan} and reports what happened; failures are in the report, never thrown. */
    public BootReport run(Plan plan) {
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
                LOG.info("not run {}", step.id());
                listener.stepNotRun(step);
                continue;
            }
            Optional<String> stopped = stopReason();
            if (stopped.isPresent()) {
                StepFailure failure = new StepFailure(step, Errno.EINTR + ": stopped before this step began: " + stopped.get(),
                        Optional.of(Errno.EINTR), java.util.OptionalInt.empty());
                failed = Optional.of(failure);
                LOG.info("FAILED {}", failure.describe());
                listener.stepFailed(failure);
                continue;
            }
            listener.stepStarting(step);
            try {
                applier.apply(step);
                applied.add(step);
                LOG.info("applied {}", step.id());
                listener.stepApplied(step);
            } catch (StepError e) {
                StepFailure failure = new StepFailure(step, e.getMessage(), e.errno(), e.exitCode());
                failed = Optional.of(failure);
                LOG.info("FAILED {}", failure.describe());
                listener.stepFailed(failure);
            } catch (RuntimeException e) {
                // A platform bug must not take the boot down without a report.
                StepFailure failure = new StepFailure(step, "platform error: " + e, Optional.empty(), java.util.OptionalInt.empty());
                failed = Optional.of(failure);
                LOG.info("FAILED {}", failure.describe());
                listener.stepFailed(failure);
            }
        }
        if (failed.isPresent()) {
            rc.killRunning();
        }
        List<ProgramRun> programs = rc.finish();
        rc.halt();
        synchronized (stopLock) {
            ended = true;
        }
        return new BootReport(List.of(), applied, failed, notRun, programs);
    }
}
