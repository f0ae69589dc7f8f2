package io.rumpcfg.exec;

import java.util.Objects;

/**
 * How to apply a plan.
 *
 * @param listener hears about each step and program as it happens
 */
public record ExecOptions(ExecListener listener) {
    /** No listener: {@link ExecListener#NONE}. */
    public static final ExecOptions DEFAULTS = new ExecOptions(ExecListener.NONE);

    /**
     * Makes options.
     *
     * @throws NullPointerException if {@code listener} is null
     */
    public ExecOptions {
        Objects.requireNonNull(listener, "listener");
    }

    /** These options with another listener. */
    public ExecOptions withListener(ExecListener listener) {
        return new ExecOptions(listener);
    }
}
