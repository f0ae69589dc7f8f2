package io.rumpcfg.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception no command expected into one line and exit code 3: users see a message,
 * never a stack trace, unless they asked for it with {@code --debug}.
 */
final class UnexpectedFailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        cli.getErr().println("rumpcfg: internal error: " + e);
        if (parsed.hasMatchedOption("--debug")) {
            e.printStackTrace(cli.getErr());
        } else {
            cli.getErr().println("rumpcfg: run again with --debug for the stack trace");
        }
        cli.getErr().flush();
        return ExitCode.FAILED;
    }
}
