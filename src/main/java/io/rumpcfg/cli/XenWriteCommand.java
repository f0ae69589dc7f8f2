package io.rumpcfg.cli;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.xen.XenLimits;
import io.rumpcfg.source.xen.XenstoreEndpoint;
import io.rumpcfg.source.xen.XenstoreWriter;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rumpcfg xen-write}: the host's half of a Xen launch. Validates FILE, then writes it
 * unchanged to {@code /local/domain/<domid>/rumprun/cfg}, between {@code xl create -p} and
 * {@code xl unpause}.
 */
@Command(
        name = "xen-write",
        mixinStandardHelpOptions = true,
        description = {
            "Validates a configuration and writes it to a Xen domain's xenstore key.",
            "",
            "The key is /local/domain/DOMID/rumprun/cfg. Unlike xenstore-write, the bytes are "
                    + "written as they are: JSON escapes such as \\\" and \\\\ stay intact."
        })
final class XenWriteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RumpcfgCommand root;

    @Mixin
    CheckOptions check;

    @Option(names = "--domid", required = true, paramLabel = "N", description = "The domain to configure.")
    int domid;

    @Mixin
    OneConfig config;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (domid < 0 || domid > XenLimits.MAX_DOMID) {
            // XenstoreWriter would throw IllegalArgumentException: a usage error, not an internal one.
            throw new ParameterException(spec.commandLine(),
                    "--domid must be 0.." + XenLimits.MAX_DOMID + ", got " + domid);
        }
        Loaded loaded = Loaded.loadConfiguration(config.spec(check, spec), root.stdin, check, err);
        if (!loaded.isValid()) {
            return loaded.exitCode();
        }
        SourceResult source = loaded.source().orElseThrow();
        byte[] config = source.config().orElse(new byte[0]);
        XenstoreWriter.Result result = new XenstoreWriter(XenstoreEndpoint.resolve(check.xenstoreSocket), check.xenstoreTimeout)
                .write(domid, config);
        Diagnostics.print(source.name(), result.diagnostics(), err);
        err.flush();
        switch (result.status()) {
            case WRITTEN:
                return ExitCode.OK;
            case REFUSED:
                return ExitCode.INVALID;
            default:
                return ExitCode.UNREADABLE;
        }
    }
}
