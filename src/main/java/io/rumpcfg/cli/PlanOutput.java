package io.rumpcfg.cli;

import io.rumpcfg.plan.PlanFormat;
import io.rumpcfg.plan.PlanWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;

/** What {@code rumpcfg plan} prints and the code it exits with. */
final class PlanOutput {
    private PlanOutput() {}

    /**
     * Reads and checks the configuration {@code spec} names; prints its diagnostics to
     * {@code err} and, when it is valid, its plan in {@code format} to {@code out}.
     *
     * @return {@link ExitCode#OK}, or why the configuration has no plan
     */
    static int print(String spec, InputStream stdin, CheckOptions check, PlanFormat format, boolean reveal,
            PrintWriter out, PrintWriter err) throws IOException {
        Loaded loaded = Loaded.load(spec, stdin, check, Optional.empty(), err);
        if (!loaded.isValid()) {
            return loaded.exitCode();
        }
        PlanWriter.write(loaded.checked().orElseThrow().plan().orElseThrow(), format, reveal, out);
        out.flush();
        return ExitCode.OK;
    }
}
