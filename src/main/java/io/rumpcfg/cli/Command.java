package io.rumpcfg.cli;

import java.io.IOException;

/**
 * One subcommand's work, made from its command line ({@link Args}) once the line is known to
 * fit its {@link Usage}. A command line that is wrong in a way only the command can tell (two
 * options that do not go together) is a {@link UsageError}, thrown before anything is done.
 */
interface Command {
    /**
     * Does the work and returns the exit code ({@link ExitCode}). An exception is a failure no
     * command expected: one line and exit code 3.
     */
    int call(Io io) throws IOException;
}
