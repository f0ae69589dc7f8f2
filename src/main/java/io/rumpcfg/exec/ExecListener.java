package io.rumpcfg.exec;

import io.rumpcfg.plan.Step;
import java.util.List;

/**
 * Hears about a boot as it happens, on the thread that runs the executor. Every method has a
 * no-op default, so a listener overrides only what it needs; {@link #NONE} hears nothing.
 */
public interface ExecListener {
    /** The listener that ignores everything. */
    ExecListener NONE = new ExecListener() {};

    /** {@code step} is about to be applied: its first platform call comes next. */
    default void stepStarting(Step step) {}

    /** {@code step} took effect. */
    default void stepApplied(Step step) {}

    /** A step failed; no further step will run. */
    default void stepFailed(StepFailure failure) {}

    /** {@code step} was not run because an earlier one failed. */
    default void stepNotRun(Step step) {}

    /** A program exited, or could not be waited for. */
    default void programFinished(ProgramRun program) {}

    /** A listener that passes every event to each of {@code listeners}, in order. */
    static ExecListener all(List<ExecListener> listeners) {
        List<ExecListener> copy = List.copyOf(listeners);
        return new ExecListener() {
            @Override
            public void stepStarting(Step step) {
                for (ExecListener l : copy) {
                    l.stepStarting(step);
                }
            }

            @Override
            public void stepApplied(Step step) {
                for (ExecListener l : copy) {
                    l.stepApplied(step);
                }
            }

            @Override
            public void stepFailed(StepFailure failure) {
                for (ExecListener l : copy) {
                    l.stepFailed(failure);
                }
            }

            @Override
            public void stepNotRun(Step step) {
                for (ExecListener l : copy) {
                    l.stepNotRun(step);
                }
            }

            @Override
            public void programFinished(ProgramRun program) {
                for (ExecListener l : copy) {
                    l.programFinished(program);
                }
            }
        };
    }
}
