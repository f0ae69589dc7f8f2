package io.rumpcfg.testing;

import io.rumpcfg.BootSettings;
import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Severity;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Assertions over one configuration document, made by
 * {@link RumpcfgAssertions#assertThatConfig}. Settings ({@link #withBins}, {@link #strict},
 * {@link #denyWarnings}, {@link #withBaseDir}, {@link #onPlatform}) come first; the document is
 * checked, as {@code rumpcfg validate} checks it, at the first assertion, and once.
 */
public final class ConfigAssert {
    private final byte[] document;
    private Optional<List<String>> bins = Optional.empty();
    private boolean strict;
    private boolean denyWarnings;
    private String baseDir = PlanOptions.DEFAULT_BASE_DIR;
    private Consumer<FakePlatformBuilder> platformSetup = b -> { };
    private Checked checked;

    ConfigAssert(byte[] document) {
        this.document = document;
    }

    /**
     * The binaries baked into the unikernel, in bake order, as {@code --bins} gives them: rc
     * names are checked against them, and {@link #boot} bakes each in as
     * {@link BakedBinary#echo()} unless {@link #onPlatform} bakes in another under that name.
     */
    public ConfigAssert withBins(String... names) {
        requireUnchecked();
        bins = Optional.of(List.of(names));
        return this;
    }

    /** Unknown root keys are errors, as with {@code --strict}. */
    public ConfigAssert strict() {
        requireUnchecked();
        strict = true;
        return this;
    }

    /** Every warning counts as an error, as with {@code --deny-warnings}. */
    public ConfigAssert denyWarnings() {
        requireUnchecked();
        denyWarnings = true;
        return this;
    }

    /** The directory relative vnd paths are resolved against ({@code /rootfs} for a config read from the root file system). */
    public ConfigAssert withBaseDir(String dir) {
        requireUnchecked();
        baseDir = Objects.requireNonNull(dir, "dir");
        return this;
    }

    /**
     * Prepares the {@link FakePlatform} that {@link #boot} uses: declared devices, existing
     * files, binaries with their own behaviour, faults.
     */
    public ConfigAssert onPlatform(Consumer<FakePlatformBuilder> setup) {
        requireUnchecked();
        platformSetup = platformSetup.andThen(Objects.requireNonNull(setup, "setup"));
        return this;
    }

    private void requireUnchecked() {
        if (checked != null) {
            throw new IllegalStateException("settings come before the first assertion");
        }
    }

    private ParseOptions parseOptions() {
        ParseOptions options = ParseOptions.DEFAULTS.withStrict(strict).withDenyWarnings(denyWarnings);
        return bins.isPresent() ? options.withBins(bins.get()) : options;
    }

    private PlanOptions planOptions() {
        return PlanOptions.DEFAULTS.withBaseDir(baseDir);
    }

    /** What {@code Rumpcfg.check} made of the document. */
    public Checked checked() {
        if (checked == null) {
            checked = Rumpcfg.check(document, parseOptions(), planOptions());
        }
        return checked;
    }

    /** Every diagnostic, warnings included, in report order. */
    public List<Diagnostic> diagnostics() {
        return checked().diagnostics();
    }

    /** Fails unless the document is valid; warnings are allowed. */
    public ConfigAssert isValid() {
        if (!checked().isValid()) {
            throw Failures.fail("expected a valid configuration, but it was rejected:" + Failures.render(diagnostics()));
        }
        return this;
    }

    /** Fails unless the document is valid without a single diagnostic. */
    public ConfigAssert hasNoDiagnostics() {
        isValid();
        if (!diagnostics().isEmpty()) {
            throw Failures.fail("expected no diagnostics, found:" + Failures.render(diagnostics()));
        }
        return this;
    }

    /** Fails unless the document is rejected; returns this for further diagnostic assertions. */
    public ConfigAssert isRejected() {
        if (checked().isValid()) {
            throw Failures.fail("expected the configuration to be rejected, but it is valid; diagnostics:"
                    + Failures.render(diagnostics()));
        }
        return this;
    }

    /**
     * Fails unless the document is rejected with an error at element {@code path} (as
     * diagnostics print it: {@code net.dns.nameservers[3]}, {@code mount["/data"].source})
     * on line {@code line}.
     */
    public DiagnosticAssert isRejectedAt(String path, int line) {
        isRejected();
        return diagnosticAt(Severity.ERROR, path, line);
    }

    /** Fails unless there is a warning at {@code path} on line {@code line}. */
    public DiagnosticAssert hasWarningAt(String path, int line) {
        return diagnosticAt(Severity.WARNING, path, line);
    }

    private DiagnosticAssert diagnosticAt(Severity severity, String path, int line) {
        ElementPath wanted = ElementPath.parse(path);
        List<Diagnostic> matching = new ArrayList<>();
        for (Diagnostic d : diagnostics()) {
            if (d.severity() == severity && d.path().equals(wanted) && d.position().line() == line) {
                matching.add(d);
            }
        }
        if (matching.isEmpty()) {
            throw Failures.fail("expected " + severity.toString().toLowerCase(Locale.ROOT) + " at " + path
                    + " on line " + line + ", found:" + Failures.render(diagnostics()));
        }
        return new DiagnosticAssert(this, matching);
    }

    /** Asserts on the plan; fails if the document is not valid. */
    public PlanAssert plan() {
        isValid();
        return new PlanAssert(this, checked().plan().orElseThrow());
    }

    /**
     * Boots the document on a fresh {@link FakePlatform} (the baked binaries of
     * {@link #withBins}, then {@link #onPlatform}'s setup) and asserts on the result. The
     * boot runs to its end, every program waited for, before this returns.
     */
    public BootAssert boot() {
        FakePlatformBuilder builder = FakePlatform.builder();
        bins.ifPresent(names -> names.forEach(builder::echoBin));
        platformSetup.accept(builder);
        FakePlatform platform = builder.build();
        BootSettings settings = BootSettings.DEFAULTS.withParse(parseOptions()).withPlan(planOptions())
                .withExec(BootSettings.DEFAULTS.exec().withListener(platform.stepTracker()));
        BootReport report = Rumpcfg.boot(document, platform, settings);
        return new BootAssert(report, platform);
    }
}
