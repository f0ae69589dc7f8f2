package io.rumpcfg.cli;

import java.io.PrintWriter;

/**
 * How a failure no command expected reaches the user: one line and exit code 3, the stack
 * trace only with {@code --debug}. Both picocli's handlers ({@link UnexpectedFailureHandler},
 * {@link ErrorGuard}) and {@link PlanFastPath} end here.
 */
final class InternalFailure {
    private InternalFailure() {}

    /**
     * Whether {@code failure} ends as an internal error: any exception, and the JVM errors input
     * or a broken build can cause (a stack or heap exhausted by input no limit caught, a missing
     * class). Any other {@link Error} is left to the JVM.
     */
    static boolean isReported(Throwable failure) {
        return failure instanceof Exception || failure instanceof StackOverflowError
                || failure instanceof OutOfMemoryError || failure instanceof LinkageError
                || failure instanceof AssertionError;
    }

    static int report(Throwable failure, boolean debug, PrintWriter err) {
        err.println("rumpcfg: internal error: " + failure);
        if (debug) {
            failure.printStackTrace(err);
        } else {
            err.println("rumpcfg: run again with --debug for the stack trace");
        }
        err.flush();
        return ExitCode.FAILED;
    }
}
