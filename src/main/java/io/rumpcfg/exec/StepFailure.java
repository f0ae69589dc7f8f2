package io.rumpcfg.exec;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a step failed: a platform call's errno and message, or a foreground program's non-zero
 * exit status (then {@code errno} is empty and {@code exitCode} present), never both; a
 * platform error (an exception the platform should not have thrown) has neither. The
 * constructor throws {@link IllegalArgumentException} for both.
 *
 * @param step     the step that failed
 * @param cause    what went wrong, in words: {@code ENXIO: /dev/vnd1a: no such device}
 * @param errno    the platform's errno, when a platform call failed
 * @param exitCode the exit status, when a foreground program exited non-zero
 */
public record StepFailure(Step step, String cause, Optional<Errno> errno, OptionalInt exitCode) {
    /**
     * Makes a failure.
     *
     * @throws NullPointerException if any component is null
     */
    public StepFailure {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(errno, "errno");
        Objects.requireNonNull(exitCode, "exitCode");
        if (errno.isPresent() && exitCode.isPresent()) {
            throw new IllegalArgumentException("a step fails by a platform call's errno or by a program's exit status, not both");
        }
    }

    /** The failed step's id: {@code mount:/data}. */
    public String id() {
        return step.id();
    }

    /** Where the failed step's element sits in the document. */
    public ElementPath path() {
        return step.origin().path();
    }

    /** The document line of the failed step's element; 0 when it came from no document. */
    public int line() {
        return step.origin().line();
    }

    /**
     * One line naming the step, where it came from, and the cause:
     * {@code mount:/data (mount["/data"], line 7): ENXIO: /dev/vnd1a: no such device}. The
     * path and line are left out when unknown.
     */
    public String describe() {
        StringBuilder out = new StringBuilder(id());
        boolean hasPath = !path().isRoot();
        boolean hasLine = step.origin().position().isKnown();
        if (hasPath || hasLine) {
            out.append(" (");
            if (hasPath) {
                out.append(path());
            }
            if (hasLine) {
                out.append(hasPath ? ", " : "").append("line ").append(line());
            }
            out.append(')');
        }
        return out.append(": ").append(cause).toString();
    }
}
