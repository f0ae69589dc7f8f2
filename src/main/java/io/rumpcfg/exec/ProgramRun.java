package io.rumpcfg.exec;

import io.rumpcfg.model.RunMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A program the executor started, and how it ended.
 *
 * @param stepId   the rc step that started it: {@code rc:2}
 * @param bin      the baked binary, with {@code *} already resolved
 * @param argv     the argv it got
 * @param workdir  the directory it started in
 * @param runmode  how it ran relative to the next entry
 * @param exitCode its exit status; empty when it could not be waited for
 * @param problem  why it could not be waited for, when it could not (then always present), or
 *                 that killing it failed
 */
public record ProgramRun(
        String stepId,
        String bin,
        List<String> argv,
        String workdir,
        RunMode runmode,
        OptionalInt exitCode,
        Optional<String> problem) {

    /**
     * Makes a record of a run, copying {@code argv}.
     *
     * @throws NullPointerException if any component, or any word of {@code argv}, is null
     */
    public ProgramRun {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(bin, "bin");
        argv = List.copyOf(argv);
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(runmode, "runmode");
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(problem, "problem");
        if (exitCode.isEmpty() && problem.isEmpty()) {
            throw new IllegalArgumentException("a program without an exit status has a problem saying why");
        }
    }

    /** Whether it exited with status 0. */
    public boolean succeeded() {
        return exitCode.isPresent() && exitCode.getAsInt() == 0;
    }
}
