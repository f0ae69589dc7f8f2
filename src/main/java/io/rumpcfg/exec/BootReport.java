package io.rumpcfg.exec;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.plan.Step;
import io.rumpcfg.source.BootOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a boot did: the steps applied, the step that failed (if one did), the steps not run
 * because of it, and every program started with its exit status. {@code diagnostics} are the
 * configuration's (warnings on success; the errors that rejected it otherwise).
 *
 * <p>A report cannot contradict itself; the constructor throws {@link IllegalArgumentException}
 * for one that would:
 * <ul>
 * <li>a report with an error diagnostic is {@link Outcome#REJECTED}: it applied nothing, so its
 *     step and program lists are empty and nothing failed;</li>
 * <li>steps are not run only because one failed, so {@code notRun} is empty unless
 *     {@code failed} is present;</li>
 * <li>no step is in two of {@code applied}, {@code failed} and {@code notRun};</li>
 * <li>every program was started by a step in {@code applied} or by the failed step.</li>
 * </ul>
 * The three step lists are in plan order, and together they are the plan. The one exception
 * is a boot interrupted while it waited, after its last step, for the programs still running:
 * then {@code failed} is the rc step of the program it was waiting for, and the rc steps after
 * it, whose programs had started too, stay in {@code applied}.
 *
 * <p>{@code sourceName} and {@code bootOptions} say where the configuration came from, for a
 * boot from a {@link io.rumpcfg.source.ConfigSource}: the name is the FILE part of its
 * diagnostics ({@code rootfs:/rootfs/etc/guest.json}, {@code multiboot module 0}), which
 * {@link #renderedDiagnostics()} uses. A boot from bytes has no source name and no options.
 *
 * <p>Immutable and safe to share between threads. No component is null, and no method
 * returns null; the constructor throws {@link NullPointerException} for a null argument.
 *
 * @param diagnostics the configuration's diagnostics, the source's first
 * @param applied     the steps applied, in plan order
 * @param failed      the step that failed, and why
 * @param notRun      the steps not run because of the failure, in plan order
 * @param programs    every program started, in start order, with how it ended
 * @param sourceName  the name of the source the configuration was read from; empty for bytes
 * @param bootOptions the kernel command line's {@code key=value} options the source found
 */
public record BootReport(
        List<Diagnostic> diagnostics,
        List<Step> applied,
        Optional<StepFailure> failed,
        List<Step> notRun,
        List<ProgramRun> programs,
        Optional<String> sourceName,
        BootOptions bootOptions) {

    /** What diagnostics are rendered with when the configuration came from no named source. */
    public static final String UNNAMED_SOURCE = "config";

    /** How a boot ended. */
    public enum Outcome {
        /** Every step applied and every foreground program exited 0. */
        SUCCEEDED,
        /** Nothing was applied: the configuration is invalid, or the platform could not be asked what it offers. */
        REJECTED,
        /** A step failed (a platform call, or a foreground program exiting non-zero), or the boot was interrupted. */
        FAILED
    }

    /**
     * Checks that the report is one a boot can end in (see the class comment).
     *
     * @throws IllegalArgumentException when its parts contradict each other
     */
    public BootReport {
        diagnostics = List.copyOf(diagnostics);
        applied = List.copyOf(applied);
        Objects.requireNonNull(failed, "failed");
        notRun = List.copyOf(notRun);
        programs = List.copyOf(programs);
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(bootOptions, "bootOptions");
        if (Diagnostic.anyError(diagnostics) && (!applied.isEmpty() || failed.isPresent() || !notRun.isEmpty() || !programs.isEmpty())) {
            throw new IllegalArgumentException("a report with an error diagnostic is rejected: it applies, fails and runs nothing");
        }
        if (!notRun.isEmpty() && failed.isEmpty()) {
            throw new IllegalArgumentException("steps are not run only after a failed one");
        }
        Set<String> seen = new HashSet<>();
        List<Step> all = new ArrayList<>(applied);
        if (failed.isPresent()) {
            all.add(failed.get().step());
        }
        all.addAll(notRun);
        Set<String> starters = new HashSet<>();
        for (Step step : all) {
            if (!seen.add(step.id())) {
                throw new IllegalArgumentException("step " + step.id() + " is in the report twice");
            }
        }
        for (int i = 0; i < all.size() - notRun.size(); i++) {
            starters.add(all.get(i).id());
        }
        for (ProgramRun p : programs) {
            if (!starters.contains(p.stepId())) {
                throw new IllegalArgumentException("program " + p.bin() + " was started by " + p.stepId()
                        + ", which is neither applied nor the failed step");
            }
        }
    }

    /** A report of a boot from bytes: no source name, no boot options. */
    public BootReport(List<Diagnostic> diagnostics, List<Step> applied, Optional<StepFailure> failed,
            List<Step> notRun, List<ProgramRun> programs) {
        this(diagnostics, applied, failed, notRun, programs, Optional.empty(), BootOptions.none());
    }

    /**
     * The report of a boot that applied nothing because of {@code diagnostics}.
     *
     * @throws IllegalArgumentException when no diagnostic is an error: nothing would reject the boot
     */
    public static BootReport rejected(List<Diagnostic> diagnostics) {
        if (!Diagnostic.anyError(diagnostics)) {
            throw new IllegalArgumentException("a rejected boot needs an error diagnostic");
        }
        return new BootReport(diagnostics, List.of(), Optional.empty(), List.of(), List.of());
    }

    /**
     * This report, read from the source named {@code sourceName} with {@code bootOptions}. The
     * outcome is unchanged: only where the configuration came from is set.
     */
    public BootReport withSource(String sourceName, BootOptions bootOptions) {
        return new BootReport(diagnostics, applied, failed, notRun, programs,
                Optional.of(Objects.requireNonNull(sourceName, "sourceName")), bootOptions);
    }

    /** SUCCEEDED, REJECTED or FAILED: FAILED when a step failed, REJECTED when a diagnostic is an error. */
    public Outcome outcome() {
        if (failed.isPresent()) {
            return Outcome.FAILED;
        }
        if (Diagnostic.anyError(diagnostics)) {
            return Outcome.REJECTED;
        }
        return Outcome.SUCCEEDED;
    }

    /** Whether the outcome is {@link Outcome#SUCCEEDED}. */
    public boolean succeeded() {
        return outcome() == Outcome.SUCCEEDED;
    }

    /**
     * Each diagnostic as its one line, {@code FILE:LINE:COL: error: PATH: message}, with the
     * source's name as FILE ({@link Diagnostic#render}), or {@value #UNNAMED_SOURCE} for a boot
     * from bytes.
     */
    public List<String> renderedDiagnostics() {
        String name = sourceName.orElse(UNNAMED_SOURCE);
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            lines.add(d.render(name));
        }
        return lines;
    }

    /**
     * One line per step: {@code applied ID}, {@code FAILED } followed by
     * {@link StepFailure#describe()}, {@code not run ID}. Holds no environment values.
     */
    public List<String> stepLines() {
        List<String> lines = new ArrayList<>();
        for (Step step : applied) {
            lines.add("applied " + step.id());
        }
        if (failed.isPresent()) {
            lines.add("FAILED " + failed.get().describe());
        }
        for (Step step : notRun) {
            lines.add("not run " + step.id());
        }
        return lines;
    }
}
