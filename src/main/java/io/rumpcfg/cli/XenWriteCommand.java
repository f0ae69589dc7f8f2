package io.rumpcfg.cli;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.xen.XenLimits;
import io.rumpcfg.source.xen.XenstoreEndpoint;
import io.rumpcfg.source.xen.XenstoreWriter;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code rumpcfg xen-write}: the host's half of a Xen launch. Validates FILE, then writes it
 * unchanged to {@code /local/domain/<domid>/rumprun/cfg}, between {@code xl create -p} and
 * {@code xl unpause}.
 */
final class XenWriteCommand implements Command {
    static final Usage USAGE = CheckOptions.declare(Usage.of(Subcommand.XEN_WRITE.token(),
                    "Validates a configuration and writes it to a Xen domain's xenstore key.")
                    .details("The key is /local/domain/DOMID/rumprun/cfg. Unlike xenstore-write, the bytes are "
                            + "written as they are: JSON escapes such as \\\" and \\\\ stay intact.")
                    .operands(Specs.ONE_FILE)
                    .operand(Specs.ONE_FILE, Specs.ONE_FILE_HELP))
            .required("--domid", "N", "The domain to configure.")
            .build();

    private final CheckOptions check;
    private final int domid;
    private final String source;

    XenWriteCommand(Args args) {
        check = new CheckOptions(args);
        String given = args.required("--domid");
        try {
            domid = Integer.parseInt(given);
        } catch (NumberFormatException e) {
            throw new UsageError("Invalid value for option '--domid': '" + given + "' is not an int");
        }
        if (domid < 0 || domid > XenLimits.MAX_DOMID) {
            // XenstoreWriter would throw IllegalArgumentException: a usage error, not an internal one.
            throw new UsageError("--domid must be 0.." + XenLimits.MAX_DOMID + ", got " + domid);
        }
        source = Specs.one(args.operands(), check.source);
    }

    @Override
    public int call(Io io) {
        PrintWriter err = io.err();
        Loaded loaded = Loaded.loadConfiguration(source, io.stdin(), check, err);
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
