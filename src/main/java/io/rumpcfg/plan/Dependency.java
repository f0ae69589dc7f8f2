package io.rumpcfg.plan;

import java.util.Objects;

/**
 * An edge of the plan: a step waits for {@code stepId}, {@code because} of the reason given
 * in words.
 *
 * @param stepId  the id of the step waited for
 * @param because why, in words, for people reading the plan
 */
public record Dependency(String stepId, String because) {
    /**
     * Makes an edge.
     *
     * @throws NullPointerException if either component is null
     */
    public Dependency {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(because, "because");
    }
}
