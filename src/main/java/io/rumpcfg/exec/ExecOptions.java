package io.rumpcfg.exec;

import java.util.Objects;

/**
 * How to apply a plan.
 *
 * @param listener hears about each step and program as it happens
 */
public record ExecOptions(ExecListener listener) {
    public static final ExecOptions DEFAULTS = new ExecOptions(ExecListener.NONE);

    public ExecOptions {
        Objects.requireNonNull(listener, "listener");
    }

    public ExecOptions withListener(ExecListener listener) {
        return new ExecOptions(listener);
    }
}
