package io.rumpcfg.cli;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * A configuration named on the command line, read and checked, with its diagnostics
 * already printed: what validate, plan and run all start with.
 *
 * @param exitCode {@link ExitCode#OK} when the configuration is valid, else why not
 */
record Loaded(String name, Optional<Checked> checked, int exitCode) {
    static Loaded load(String file, InputStream stdin, CheckOptions options, PrintWriter err) {
        Input input;
        try {
            input = Input.read(file, stdin, options.parseOptions().limits().maxDocumentBytes());
        } catch (Input.UnreadableException e) {
            err.println("rumpcfg: " + e.getMessage());
            err.flush();
            return new Loaded(file, Optional.empty(), ExitCode.UNREADABLE);
        }
        Checked checked = Rumpcfg.check(input.bytes(), options.parseOptions(), options.planOptions());
        Diagnostics.print(input.name(), checked.diagnostics(), err);
        err.flush();
        return new Loaded(input.name(), Optional.of(checked), checked.isValid() ? ExitCode.OK : ExitCode.INVALID);
    }

    boolean isValid() {
        return exitCode == ExitCode.OK;
    }
}
