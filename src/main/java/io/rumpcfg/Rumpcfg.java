package io.rumpcfg;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.Executor;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;
import io.rumpcfg.parse.ConfigParser;
import io.rumpcfg.parse.DiagnosticLimit;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.parse.ParseResult;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.plan.PlanResult;
import io.rumpcfg.plan.Planner;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library's front door: read, validate and plan a configuration in one call.
 *
 * <p>A configuration is valid only if it can be planned, so {@link #check} runs both the
 * reader and the planner. {@link #boot} is the one call a runtime makes: check, then apply.
 */
public final class Rumpcfg {
    private Rumpcfg() {}

    /** Reads, validates and plans {@code document} with the default options. */
    public static Checked check(byte[] document) {
        return check(document, ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);
    }

    /** Reads, validates and plans {@code document}. */
    public static Checked check(byte[] document, ParseOptions parseOptions, PlanOptions planOptions) {
        ParseResult parsed = ConfigParser.create(parseOptions).parse(document);
        if (parsed.config().isEmpty()) {
            return new Checked(Optional.empty(), Optional.empty(), parsed.diagnostics());
        }
        PlanOptions effective = parseOptions.bins().isPresent() && planOptions.bins().isEmpty()
                ? planOptions.withBins(parseOptions.bins().get())
                : planOptions;
        PlanResult planned = Planner.plan(parsed.config().get(), effective);
        List<Diagnostic> fromPlan = new ArrayList<>();
        for (Diagnostic d : planned.diagnostics()) {
            fromPlan.add(parseOptions.strict() ? d.asError() : d);
        }
        List<Diagnostic> all = DiagnosticLimit.append(parsed.diagnostics(), fromPlan,
                parseOptions.limits().maxDiagnostics());
        boolean valid = planned.plan().isPresent() && !anyError(all);
        return new Checked(parsed.config(), valid ? planned.plan() : Optional.empty(), all);
    }

    /** The code of the diagnostic given when the platform cannot say which binaries it has. */
    public static final String PLATFORM_BINS_CODE = "boot.platform-bins";

    /**
     * Reads, validates and plans {@code document}, then applies it through {@code platform}.
     * An invalid document applies nothing: the report is {@link BootReport.Outcome#REJECTED}
     * and holds the diagnostics. The platform's {@link Platform#bakedBinaries} are used to
     * check rc names and to run every binary when the document has no rc. Never throws for
     * bad input or a failing platform.
     */
    public static BootReport boot(byte[] document, Platform platform) {
        return boot(document, platform, BootSettings.DEFAULTS);
    }

    /**
     * Reads, validates and plans {@code document}, then applies it through {@code platform}
     * with {@code options}, as {@link #boot(byte[], Platform)} does; when {@code options}
     * name the baked binaries, the platform is not asked for them.
     */
    public static BootReport boot(byte[] document, Platform platform, BootSettings options) {
        ParseOptions parseOptions = options.parse();
        if (parseOptions.bins().isEmpty()) {
            try {
                parseOptions = parseOptions.withBins(platform.bakedBinaries());
            } catch (PlatformException e) {
                return BootReport.rejected(List.of(Diagnostic.error(PLATFORM_BINS_CODE, Origin.SYNTHETIC,
                        "cannot ask the platform for its baked binaries: " + e.getMessage())));
            }
        }
        Checked checked = check(document, parseOptions, options.plan());
        if (!checked.isValid()) {
            return BootReport.rejected(checked.diagnostics());
        }
        return Executor.create(platform, options.exec()).run(checked.plan().get())
                .withDiagnostics(checked.diagnostics());
    }

    /**
     * Reads the configuration from {@code source} — the way a guest receives it: a multiboot
     * module, a xenstore key, the command line — then boots it as {@link #boot(byte[],
     * Platform, BootSettings)} does, with relative paths resolved against the source's base
     * directory. A source with no configuration boots with none ({@code {}}). The source's own
     * diagnostics come first in the report; under {@code strict} its warnings reject the boot.
     */
    public static BootReport boot(ConfigSource source, Platform platform, BootSettings settings) {
        SourceResult read = source.read();
        List<Diagnostic> fromSource = new ArrayList<>();
        for (Diagnostic d : read.diagnostics()) {
            fromSource.add(settings.parse().strict() ? d.asError() : d);
        }
        if (anyError(fromSource)) {
            return BootReport.rejected(fromSource);
        }
        byte[] document = read.config().orElse(NO_CONFIG);
        BootReport report = boot(document, platform, settings.withPlan(settings.plan().withBaseDir(read.baseDir())));
        fromSource.addAll(report.diagnostics());
        return report.withDiagnostics(fromSource);
    }

    /** What a source without a configuration boots with: nothing configured. */
    private static final byte[] NO_CONFIG = {'{', '}'};

    /**
     * A loop, not a stream: {@link #check} runs on the boot path, where loading
     * java.util.stream and linking lambdas cost start-up time (see docs/performance.md).
     */
    private static boolean anyError(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }
}
