package io.rumpcfg.cli;

import io.rumpcfg.plan.PlanFormat;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * {@code rumpcfg plan FILE}, the command whose start-up the performance budget measures,
 * without picocli. Building
 * picocli's model of a command (reflection over its annotations, ~170 classes that no CDS
 * archive can hold, picocli being Java 5 bytecode) took longer than reading and planning a
 * small configuration. Only the exact shape {@code plan FILE} comes here; any option, a
 * second FILE, an {@code @argfile}, {@code --} or {@code --help} goes through picocli, and
 * {@link PlanOutput} prints for both, so the two paths print the same and exit the same.
 */
final class PlanFastPath {
    private PlanFastPath() {}

    /** Whether {@code args} are {@code plan FILE}, read as picocli would read them. */
    static boolean applies(String[] args) {
        return args.length == 2 && args[0].equals("plan") && isPlainFile(args[1])
                // picocli's trace goes to standard error: a run that asks for it gets it.
                && System.getProperty("picocli.trace") == null;
    }

    /** An argument picocli takes as the FILE as it stands: not an option, {@code --}, or an {@code @argfile}. */
    private static boolean isPlainFile(String arg) {
        return arg.equals("-") || !(arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@"));
    }

    /** Plans {@code file} with every plan option at its default, as {@code PlanCommand} would. */
    static int run(String file, InputStream stdin, PrintWriter out, PrintWriter err) {
        try {
            return PlanOutput.print(FileArgument.spec(file), stdin, new CheckOptions(), PlanFormat.TEXT, false, out, err);
        } catch (Exception | Error e) {
            return InternalFailure.report(e, false, err);
        }
    }
}
