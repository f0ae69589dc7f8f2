package io.rumpcfg.exec;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.plan.Step;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a boot did: the steps applied, the step that failed (if one did), the steps not run
 * because of it, and every program started with its exit status. The three step lists
 * together are the plan, in plan order. {@code diagnostics} are the configuration's (warnings
 * on success; the errors that rejected it otherwise).
 */
public record BootReport(
        List<Diagnostic> diagnostics,
        List<Step> applied,
        Optional<StepFailure> failed,
        List<Step> notRun,
        List<ProgramRun> programs) {

    /** How a boot ended. */
    public enum Outcome {
        /** Every step applied and every foreground program exited 0. */
        SUCCEEDED,
        /** Nothing was applied: the configuration is invalid, or the platform could not be asked what it offers. */
        REJECTED,
        /** A step failed (a platform call, or a foreground program exiting non-zero). */
        FAILED
    }

    public BootReport {
        diagnostics = List.copyOf(diagnostics);
        applied = List.copyOf(applied);
        Objects.requireNonNull(failed, "failed");
        notRun = List.copyOf(notRun);
        programs = List.copyOf(programs);
    }

    /** The report of a boot that applied nothing because of {@code diagnostics}. */
    public static BootReport rejected(List<Diagnostic> diagnostics) {
        return new BootReport(diagnostics, List.of(), Optional.empty(), List.of(), List.of());
    }

    /** This report with {@code diagnostics} in place of its own. */
    public BootReport withDiagnostics(List<Diagnostic> diagnostics) {
        return new BootReport(diagnostics, applied, failed, notRun, programs);
    }

    public Outcome outcome() {
        if (failed.isPresent()) {
            return Outcome.FAILED;
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return Outcome.REJECTED;
        }
        return Outcome.SUCCEEDED;
    }

    public boolean succeeded() {
        return outcome() == Outcome.SUCCEEDED;
    }

    /**
     * One line per step, in plan order: {@code applied ID}, {@code FAILED } followed by
     * {@link StepFailure#describe()}, {@code not run ID}. Holds no environment values.
     */
    public List<String> stepLines() {
        List<String> lines = new java.util.ArrayList<>();
        applied.forEach(step -> lines.add("applied " + step.id()));
        failed.ifPresent(f -> lines.add("FAILED " + f.describe()));
        notRun.forEach(step -> lines.add("not run " + step.id()));
        return lines;
    }
}
