package io.rumpcfg.cli;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.source.SourceContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The options every command that reads a configuration shares. */
final class CheckOptions {
    final boolean strict;
    final boolean denyWarnings;
    final List<String> bins;
    final Optional<String> source;
    final Optional<Path> xenstoreSocket;
    final Duration xenstoreTimeout;

    CheckOptions(Args args) {
        strict = args.flag("--strict");
        denyWarnings = args.flag("--deny-warnings");
        List<String> named = new ArrayList<>();
        for (String value : args.values("--bins")) {
            try {
                named.addAll(BinName.split(value));
            } catch (IllegalArgumentException e) {
                throw Args.invalid("--bins", e);
            }
        }
        bins = List.copyOf(named);
        source = args.value("--source");
        xenstoreSocket = args.path("--xenstore-socket");
        Optional<String> timeout = args.value("--xenstore-timeout");
        try {
            xenstoreTimeout = timeout.isEmpty() ? SourceContext.DEFAULT_XENSTORE_TIMEOUT
                    : Durations.xenstoreTimeout(timeout.get());
        } catch (IllegalArgumentException e) {
            throw Args.invalid("--xenstore-timeout", e);
        }
    }

    /** Declares the shared options on {@code usage}. */
    static Usage.Builder declare(Usage.Builder usage) {
        return usage
                .flag("--strict", "Unknown keys are errors, at the root too (a misspelt \"mounts\" fails); other warnings stay warnings.")
                .flag("--deny-warnings", "Any warning is an error: exit 1 if there is one.")
                .repeatable("--bins", "NAME[,NAME...]",
                        "The binaries baked into the unikernel, in bake order; rc names are checked against them.")
                .option("--source", "SPEC", "Where the configuration comes from, instead of FILE: file:PATH, -, "
                        + "multiboot:IMAGE@ADDR, xenstore:DOMID, cmdline:TEXT or cmdline-file:PATH.")
                .option("--xenstore-socket", "PATH",
                        "The xenstore daemon's socket; default $XENSTORED_PATH, then /run/xenstored/socket.")
                .option("--xenstore-timeout", "DURATION", "How long connecting to xenstore, and then each request, "
                        + "may take: 500ms, 5s, 1m (at most 60m); default 5s.")
                .flag("--debug", "Show stack traces of internal errors.");
    }

    /**
     * The diagnostics as the command shows and judges them: with --deny-warnings each warning
     * is an error. (The library's reader and planner apply it themselves, through
     * {@link #parseOptions}; this is for what the command finds beside them.)
     */
    List<Diagnostic> shown(List<Diagnostic> diagnostics) {
        if (!denyWarnings) {
            return diagnostics;
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.add(d.asError());
        }
        return out;
    }

    /** The reader's options, {@code bins} (--bins, or what a command takes in its place) the baked binaries. */
    ParseOptions parseOptions(List<String> bins) {
        ParseOptions options = ParseOptions.DEFAULTS.withStrict(strict).withDenyWarnings(denyWarnings);
        return bins.isEmpty() ? options : options.withBins(bins);
    }

    /** The planner's options, {@code bins} the baked binaries. */
    PlanOptions planOptions(List<String> bins) {
        return bins.isEmpty() ? PlanOptions.DEFAULTS : PlanOptions.DEFAULTS.withBins(bins);
    }
}
