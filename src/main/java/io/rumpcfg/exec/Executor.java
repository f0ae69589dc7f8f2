package io.rumpcfg.exec;

import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
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
 * concurrent.
 */
public final class Executor {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);

    private final Platform platform;
    private final ExecOptions options;

    private Executor(Platform platform, ExecOptions options) {
        this.platform = platform;
        this.options = options;
    }

    public static Executor create(Platform platform, ExecOptions options) {
        return new Executor(Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(options, "options"));
    }

    /** Applies {@code plan} and reports what happened; failures are in the report, never thrown. */
    public BootReport run(Plan plan) {
        ExecListener listener = options.listener();
        RcRunner rc = new RcRunner(platform, listener);
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
        return new BootReport(List.of(), applied, failed, notRun, programs);
    }
}
