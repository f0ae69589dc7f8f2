package io.rumpcfg.cli;

import java.io.PrintWriter;

/**
 * How a failure no command expected reaches the user: one line and exit code 3, the stack
 * trace only with {@code --debug}. {@link CommandTree} sends every exception and JVM error a
 * command throws here.
 */
final class InternalFailure {
    private InternalFailure() {}

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
