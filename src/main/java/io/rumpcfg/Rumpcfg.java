package io.rumpcfg;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.Executor;
import io.rumpcfg.internal.DiagnosticLimit;
import io.rumpcfg.internal.DiagnosticOrder;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;
import io.rumpcfg.parse.ConfigParser;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.parse.ParseResult;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.plan.PlanResult;
import io.rumpcfg.plan.Planner;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's front door: read, validate and plan a configuration in one call.
 *
 * <p>A configuration is valid only if it can be planned, so {@link #check} runs both the
 * reader and the planner. {@link #boot} is the one call a runtime makes: check, then apply.
 *
 * <p>No method accepts or returns null: each throws {@link NullPointerException} for a null
 * argument, and nothing else. Every method may be called from any thread, concurrently: the
 * class holds no state, and its results are immutable ({@link #boot(byte[], Platform,
 * BootSettings)} says what that means for the platforms).
 */
public final class Rumpcfg {
    private Rumpcfg() {}

    /**
     * The logger, made when a boot first logs: getting a logger starts the logging backend
     * (the CLI's reads its configuration), which {@link #check} never needs.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(Rumpcfg.class);
    }

    /**
     * Reads, validates and plans {@code document} with the default options.
     *
     * @throws NullPointerException when {@code document} is null; nothing else
     */
    public static Checked check(byte[] document) {
        return check(document, ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);
    }

    /**
     * Reads, validates and plans {@code document}: every problem is a diagnostic in the result.
     *
     * @throws NullPointerException when an argument is null; nothing else
     */
    public static Checked check(byte[] document, ParseOptions parseOptions, PlanOptions planOptions) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(parseOptions, "parseOptions");
        Objects.requireNonNull(planOptions, "planOptions");
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
            fromPlan.add(parseOptions.denyWarnings() ? d.asError() : d);
        }
        List<Diagnostic> all = DiagnosticOrder.sorted(DiagnosticLimit.append(parsed.diagnostics(), fromPlan,
                parseOptions.limits().maxDiagnostics()));
        boolean valid = planned.plan().isPresent() && !Diagnostic.anyError(all);
        return new Checked(parsed.config(), valid ? planned.plan() : Optional.empty(), all);
    }

    /**
     * Reads, validates and plans {@code document}, then applies it through {@code platform}
     * with {@link BootSettings#DEFAULTS}, as {@link #boot(byte[], Platform, BootSettings)} does.
     *
     * @throws NullPointerException when an argument is null; nothing else
     */
    public static BootReport boot(byte[] document, Platform platform) {
        return boot(document, platform, BootSettings.DEFAULTS);
    }

    /**
     * Reads, validates and plans {@code document}, then applies it through {@code platform}.
     * An invalid document applies nothing: the report is {@link BootReport.Outcome#REJECTED}
     * and holds the diagnostics. The platform's {@link Platform#bakedBinaries} are used to
     * check rc names and to run every binary when the document has no rc; when
     * {@code settings} name the baked binaries, the platform is not asked for them.
     *
     * <p><b>Failures are in the report, never thrown.</b> Any exception the platform, or a
     * {@link io.rumpcfg.platform.Program} it returned, throws, checked or unchecked, becomes
     * part of the report: thrown by a step's platform call, the step is FAILED with the
     * exception's class and message ({@code platform error: java.lang.IllegalStateException:
     * ...}); thrown before anything is applied ({@link Platform#bakedBinaries}), the boot is
     * REJECTED with a {@link Code#BOOT_PLATFORM_BINS} diagnostic; thrown by
     * {@link io.rumpcfg.platform.Program#kill}, it is noted in that program's
     * {@link io.rumpcfg.exec.ProgramRun#problem}. Only an {@link Error} (out of memory, a stack
     * overflow, a failed assertion) passes through: it is not a platform's answer, and the
     * JVM may be unable to go on.
     *
     * <p><b>Blocking.</b> The call returns when the boot is over: it waits for each {@code ""}
     * (foreground) program before the next step, and after the last step for every program
     * still running, {@code "&"} and {@code "|"} ones included, so that the report holds every
     * exit status. A guest whose programs serve forever therefore boots until they end. Then
     * every program is {@linkplain io.rumpcfg.platform.Program#kill killed}, exited or not, so
     * that nothing they started outlives the boot. After a failed step the programs still
     * running are killed first, and waited for.
     *
     * <p><b>Interruption.</b> Interrupting the thread that runs {@code boot} ends it promptly:
     * the step in progress fails with {@code EINTR} (a foreground program being waited for, or
     * the next step), the steps after it are not run, and every program still running is
     * killed and not waited for. Interrupted while it waits for the programs after its last
     * step, the boot fails at the rc step of the program it was waiting for. The report is
     * {@link BootReport.Outcome#FAILED}, and the thread's interrupt status is set again when
     * {@code boot} returns. To stop a boot without interrupting its thread, apply a plan with
     * an {@link Executor} and call {@link Executor#stop}.
     *
     * <p><b>Logging</b> (SLF4J): a failed step is logged at WARN, a rejected boot in one WARN
     * line (how many errors, the first one's code and path); a boot that succeeds logs one INFO
     * line, {@code boot succeeded: N steps applied, M programs run}; everything else is DEBUG.
     * No secret environment value is ever logged ({@link io.rumpcfg.model.EnvVar#isSecret}).
     *
     * <p><b>Threads.</b> {@code Rumpcfg} holds no state: boots may run concurrently from any
     * threads, each on its own platform. A platform is called from the thread that runs
     * {@code boot} (and {@link io.rumpcfg.platform.Program#kill} perhaps from another), never
     * concurrently by one boot; two boots on one platform at once call it concurrently, which
     * only a platform made for that allows.
     *
     * @return the report; never null
     * @throws NullPointerException when an argument is null; nothing else
     */
    public static BootReport boot(byte[] document, Platform platform, BootSettings settings) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(settings, "settings");
        return logged(bootDocument(document, platform, settings));
    }

    /**
     * Reads the configuration from {@code source} — the way a guest receives it: a multiboot
     * module, a xenstore key, the command line — then boots it as
     * {@link #boot(SourceResult, Platform, BootSettings)} does. The source is read once; the
     * report carries its {@linkplain BootReport#sourceName() name} and
     * {@linkplain BootReport#bootOptions() boot options}, so a runtime need not (and should
     * not: reading may mount the root file system) read it again. A source whose
     * {@link ConfigSource#read} throws, against its contract, gives a REJECTED report with a
     * {@link Code#BOOT_SOURCE_FAILED} diagnostic naming the exception.
     *
     * @throws NullPointerException when an argument is null; nothing else
     */
    public static BootReport boot(ConfigSource source, Platform platform, BootSettings settings) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(settings, "settings");
        SourceResult read;
        String name = "source";
        try {
            name = source.name();
            read = Objects.requireNonNull(source.read(), "read() returned null");
        } catch (Exception e) {
            return logged(BootReport.rejected(List.of(Diagnostic.error(Code.BOOT_SOURCE_FAILED, Origin.SYNTHETIC,
                    "reading the configuration from " + name + " failed: " + e))).withSource(name, BootOptions.none()));
        }
        return logged(bootRead(read, platform, settings));
    }

    /**
     * Boots the configuration a source yielded, as {@link #boot(byte[], Platform, BootSettings)}
     * does, with relative paths resolved against the source's base directory: for a runtime
     * that reads its {@link ConfigSource} itself, once. A source with no configuration boots
     * with none ({@code {}}). The source's own diagnostics come first in the report; under
     * {@link ParseOptions#denyWarnings} its warnings reject the boot. The report carries the
     * source's name and boot options; {@link BootReport#renderedDiagnostics()} renders with
     * that name.
     *
     * @throws NullPointerException when an argument is null; nothing else
     */
    public static BootReport boot(SourceResult read, Platform platform, BootSettings settings) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(settings, "settings");
        return logged(bootRead(read, platform, settings));
    }

    private static BootReport bootRead(SourceResult read, Platform platform, BootSettings settings) {
        List<Diagnostic> fromSource = new ArrayList<>();
        for (Diagnostic d : read.diagnostics()) {
            fromSource.add(settings.parse().denyWarnings() ? d.asError() : d);
        }
        if (Diagnostic.anyError(fromSource)) {
            return BootReport.rejected(fromSource).withSource(read.name(), read.bootOptions());
        }
        byte[] document = read.config().orElse(NO_CONFIG);
        BootReport report = bootDocument(document, platform, settings.withPlan(settings.plan().withBaseDir(read.baseDir())));
        fromSource.addAll(report.diagnostics());
        return new BootReport(fromSource, report.applied(), report.failed(), report.notRun(), report.programs(),
                Optional.of(read.name()), read.bootOptions());
    }

    private static BootReport bootDocument(byte[] document, Platform platform, BootSettings settings) {
        ParseOptions parseOptions = settings.parse();
        if (parseOptions.bins().isEmpty()) {
            try {
                parseOptions = parseOptions.withBins(platform.bakedBinaries());
            } catch (PlatformException e) {
                return BootReport.rejected(List.of(Diagnostic.error(Code.BOOT_PLATFORM_BINS, Origin.SYNTHETIC,
                        "cannot ask the platform for its baked binaries: " + e.getMessage())));
            } catch (Exception e) {
                // A platform bug, not a platform's answer: name the exception, as a failed step does.
                return BootReport.rejected(List.of(Diagnostic.error(Code.BOOT_PLATFORM_BINS, Origin.SYNTHETIC,
                        "cannot ask the platform for its baked binaries: platform error: " + e)));
            }
        }
        Checked checked = check(document, parseOptions, settings.plan());
        if (!checked.isValid()) {
            return BootReport.rejected(checked.diagnostics());
        }
        BootReport report = Executor.create(platform, settings.exec()).run(checked.plan().get());
        return new BootReport(checked.diagnostics(), report.applied(), report.failed(), report.notRun(), report.programs());
    }

    /** The one line a boot logs about its outcome; a failed step was logged as it failed. */
    private static BootReport logged(BootReport report) {
        Logger log = Log.LOG;
        switch (report.outcome()) {
            case SUCCEEDED:
                if (log.isInfoEnabled()) {
                    log.info("boot succeeded: {} applied, {} run", count(report.applied().size(), "step"),
                            count(report.programs().size(), "program"));
                }
                break;
            case REJECTED:
                Diagnostic first = firstError(report.diagnostics());
                // code and path only: a message may quote the document
                log.warn("boot rejected: {} error(s), the first {} at {}", errorCount(report.diagnostics()),
                        first.code(), first.path());
                break;
            default:
                log.debug("boot failed at {}", report.failed().get().id());
                break;
        }
        return report;
    }

    /** What a source without a configuration boots with: nothing configured. */
    private static final byte[] NO_CONFIG = {'{', '}'};

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Diagnostic firstError(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return d;
            }
        }
        throw new IllegalStateException("a rejected report has an error");
    }

    private static int errorCount(List<Diagnostic> diagnostics) {
        int n = 0;
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                n++;
            }
        }
        return n;
    }
}
