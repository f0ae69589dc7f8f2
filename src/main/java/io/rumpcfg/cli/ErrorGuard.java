package io.rumpcfg.cli;

import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Wraps the execution strategy so that any JVM {@link Error} from a command (a stack or heap
 * exhausted by input no limit caught, a missing class, the {@link InternalError} of a file that
 * shrank under a mapping) ends like any other unexpected failure: one line and exit code 3, the
 * stack trace only with {@code --debug}. picocli hands only {@link Exception}s to the
 * {@link UnexpectedFailureHandler}; an {@code Error} would otherwise reach the user as a raw
 * trace.
 */
final class ErrorGuard implements IExecutionStrategy {
    private final IExecutionStrategy delegate;

    ErrorGuard(IExecutionStrategy delegate) {
        this.delegate = delegate;
    }

    @Override
    public int execute(ParseResult parsed) {
        try {
            return delegate.execute(parsed);
        } catch (Error e) {
            return UnexpectedFailureHandler.report(e, parsed.commandSpec().commandLine(), parsed);
        }
    }
}
