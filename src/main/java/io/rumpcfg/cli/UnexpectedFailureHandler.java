package io.rumpcfg.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception no command expected into an {@link InternalFailure}: users see a message,
 * never a stack trace, unless they asked for it with {@code --debug}. {@link ErrorGuard}
 * sends JVM errors here too.
 */
final class UnexpectedFailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        return report(e, cli, parsed);
    }

    static int report(Throwable e, CommandLine cli, ParseResult parsed) {
        return InternalFailure.report(e, debugAsked(parsed), cli.getErr());
    }

    /** --debug belongs to the subcommands; look for it on the whole chain. */
    private static boolean debugAsked(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
