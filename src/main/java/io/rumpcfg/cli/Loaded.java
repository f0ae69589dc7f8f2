package io.rumpcfg.cli;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.internal.DiagnosticOrder;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.SourceContext;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.spec.ParsedSpec;
import io.rumpcfg.source.spec.SourceSpec;
import io.rumpcfg.source.spec.Sources;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A configuration named on the command line, read from its source and checked, with its
 * diagnostics already reported (printed as text, unless a {@link DiagnosticReport} was given):
 * what validate, plan and run all start with.
 *
 * @param source   what the source yielded, when it could be opened
 * @param checked  the checked configuration, when a document was read
 * @param exitCode {@link ExitCode#OK} when the configuration is valid, else why not
 */
record Loaded(Optional<SourceResult> source, Optional<Checked> checked, int exitCode) {
    /** What is checked when a source has no configuration: the guest boots with defaults. */
    private static final byte[] NO_CONFIG = "{}".getBytes(StandardCharsets.US_ASCII);

    /**
     * What the guest would boot with: a source holding no configuration is read as the guest
     * reads it (every baked program with argv {@code ["rumprun"]}), with a warning; for plan and run.
     */
    static Loaded load(String spec, InputStream stdin, CheckOptions options, Optional<Platform> platform,
            PrintWriter err) {
        return load(spec, stdin, options, options.bins, platform, false, DiagnosticReport.text(err), err);
    }

    /**
     * {@link #load(String, InputStream, CheckOptions, Optional, PrintWriter)} with the
     * diagnostics given to {@code report} rather than printed; a spec that is not one is still
     * a usage error on {@code err}.
     */
    static Loaded load(String spec, InputStream stdin, CheckOptions options, Optional<Platform> platform,
            DiagnosticReport report, PrintWriter err) {
        return load(spec, stdin, options, options.bins, platform, false, report, err);
    }

    /**
     * {@link #load(String, InputStream, CheckOptions, Optional, DiagnosticReport, PrintWriter)}
     * with {@code bins} for --bins.
     */
    static Loaded load(String spec, InputStream stdin, CheckOptions options, List<String> bins,
            Optional<Platform> platform, DiagnosticReport report, PrintWriter err) {
        return load(spec, stdin, options, bins, platform, false, report, err);
    }

    /**
     * A configuration, for validate, convert, xen-write, launch and image: a source that holds none is an
     * error ({@link Code#SOURCE_NO_CONFIG}), exit 1.
     */
    static Loaded loadConfiguration(String spec, InputStream stdin, CheckOptions options, PrintWriter err) {
        return loadConfiguration(spec, stdin, options, DiagnosticReport.text(err), err);
    }

    /** {@link #loadConfiguration(String, InputStream, CheckOptions, PrintWriter)}, its diagnostics to {@code report}. */
    static Loaded loadConfiguration(String spec, InputStream stdin, CheckOptions options, DiagnosticReport report,
            PrintWriter err) {
        return load(spec, stdin, options, options.bins, Optional.empty(), true, report, err);
    }

    private static Loaded load(String spec, InputStream stdin, CheckOptions options, List<String> bins,
            Optional<Platform> platform, boolean expected, DiagnosticReport report, PrintWriter err) {
        ParsedSpec parsed = Sources.parse(spec);
        if (parsed.error().isPresent()) {
            err.println("rumpcfg: " + parsed.error().get());
            err.flush();
            return new Loaded(Optional.empty(), Optional.empty(), ExitCode.USAGE);
        }
        SourceContext context = SourceContext.DEFAULTS.withStdin(new Supplier<InputStream>() {
            @Override
            public InputStream get() {
                return stdin;
            }
        });
        if (options.xenstoreSocket.isPresent()) {
            context = context.withXenstoreSocket(options.xenstoreSocket.get());
        }
        if (!options.xenstoreTimeout.equals(context.xenstoreTimeout())) {
            context = context.withXenstoreTimeout(options.xenstoreTimeout);
        }
        if (platform.isPresent()) {
            context = context.withPlatform(platform.get());
        }
        SourceResult result = parsed.spec().orElseThrow().open(context).read();
        Optional<Path> file = fileOf(parsed);
        List<Diagnostic> fromSource = options.shown(result.diagnostics());
        report.add(result.name(), file, DiagnosticOrder.sorted(fromSource));
        if (result.hasErrors() || Diagnostic.anyError(fromSource)) {
            err.flush();
            return new Loaded(Optional.of(result), Optional.empty(), exitCodeOf(result));
        }
        if (expected && holdsNoConfiguration(result)) {
            report.add(result.name(), file, List.of(SourceDiagnostics.noConfig()));
            err.flush();
            return new Loaded(Optional.of(result), Optional.empty(), ExitCode.INVALID);
        }
        byte[] document = result.config().orElse(NO_CONFIG);
        Checked checked = Rumpcfg.check(document, options.parseOptions(bins),
                options.planOptions(bins).withBaseDir(result.baseDir()));
        report.add(result.name(), file, checked.diagnostics());
        err.flush();
        return new Loaded(Optional.of(result), Optional.of(checked),
                checked.isValid() ? ExitCode.OK : ExitCode.INVALID);
    }

    /** The configuration file {@code spec} names, when it names one. */
    static Optional<Path> fileOf(String spec) {
        return fileOf(Sources.parse(spec));
    }

    private static Optional<Path> fileOf(ParsedSpec parsed) {
        return parsed.spec().isPresent() && parsed.spec().get() instanceof SourceSpec.File f
                ? Optional.of(f.path()) : Optional.empty();
    }

    /** Loops, not streams: plan reads on the boot path (docs/performance.md). */
    private static boolean holdsNoConfiguration(SourceResult result) {
        for (Diagnostic d : result.diagnostics()) {
            if (d.code() == Code.SOURCE_NOT_JSON) {
                return true;
            }
        }
        return false;
    }

    /** A source that yielded no document could not be read, unless the document was too large. */
    private static int exitCodeOf(SourceResult failed) {
        boolean tooLarge = failed.diagnostics().stream()
                .anyMatch(d -> d.isError() && d.code() == Code.SOURCE_TOO_LARGE);
        boolean onlyWarnings = failed.diagnostics().stream().noneMatch(Diagnostic::isError);
        return tooLarge || onlyWarnings ? ExitCode.INVALID : ExitCode.UNREADABLE;
    }


    boolean isValid() {
        return exitCode == ExitCode.OK;
    }
}
