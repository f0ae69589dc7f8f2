package io.rumpcfg.plan;

import java.util.Objects;

/** An edge of the plan: a step waits for {@code stepId}, {@code because} of the reason given in words. */
public record Dependency(String stepId, String because) {
    public Dependency {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(because, "because");
    }
}
