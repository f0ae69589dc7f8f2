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
     * Whether {@code failure} ends as an internal error: any exception and any JVM error. Input
     * or a broken build can cause errors beyond the usual ones (a stack or heap exhausted, a
     * missing class): a dump file that shrinks under a mapping faults as an {@link InternalError},
     * for one. None of them is better served by a raw trace.
     */
    static boolean isReported(Throwable failure) {
        return failure instanceof Exception || failure instanceof Error;
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
