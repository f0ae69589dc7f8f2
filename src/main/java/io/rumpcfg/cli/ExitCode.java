package io.rumpcfg.cli;

/** The exit codes of every command, in one place. */
final class ExitCode {
    /** Valid, or applied. Warnings allowed. */
    static final int OK = 0;
    /** The configuration is invalid; nothing was applied. */
    static final int INVALID = 1;
    /** The command line is wrong. */
    static final int USAGE = 2;
    /** A step or a foreground program failed while applying. */
    static final int FAILED = 3;
    /** An input could not be read. */
    static final int UNREADABLE = 4;
    /** {@code run --timeout} passed: every program was killed, the rest of the steps not run. */
    static final int STOPPED = 5;

    private ExitCode() {}
}
