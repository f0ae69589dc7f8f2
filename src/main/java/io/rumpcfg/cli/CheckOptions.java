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
import picocli.CommandLine.Option;

/** The options every command that reads a configuration shares. */
final class CheckOptions {
    @Option(names = "--strict",
            description = "Unknown keys are errors, at the root too (a misspelt \"mounts\" fails); other warnings stay warnings.")
    boolean strict;

    @Option(names = "--deny-warnings", description = "Any warning is an error: exit 1 if there is one.")
    boolean denyWarnings;

    @Option(
            names = "--bins",
            split = ",",
            paramLabel = "NAME",
            converter = BinName.class,
            description = "The binaries baked into the unikernel, in bake order; rc names are checked against them.")
    List<String> bins = new ArrayList<>();

    @Option(
            names = "--source",
            paramLabel = "SPEC",
            description = "Where the configuration comes from, instead of FILE: file:PATH, -, multiboot:IMAGE@ADDR, xenstore:DOMID, cmdline:TEXT or cmdline-file:PATH.")
    Optional<String> source = Optional.empty();

    @Option(
            names = "--xenstore-socket",
            paramLabel = "PATH",
            description = "The xenstore daemon's socket; default $XENSTORED_PATH, then /run/xenstored/socket.")
    Optional<Path> xenstoreSocket = Optional.empty();

    @Option(
            names = "--xenstore-timeout",
            paramLabel = "DURATION",
            converter = DurationConverter.XenstoreTimeout.class,
            description = "How long connecting to xenstore, and then each request, may take: 500ms, 5s, 1m (at most 60m); default 5s.")
    Duration xenstoreTimeout = SourceContext.DEFAULT_XENSTORE_TIMEOUT;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

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
