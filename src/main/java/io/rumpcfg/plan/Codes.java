package io.rumpcfg.plan;

import io.rumpcfg.model.Origin;

/** How the planner's messages point at a step. */
final class Codes {
    private Codes() {}

    /** {@code net.interfaces.vioif0 (line 4)}: where a step's element was written. */
    static String where(Step step) {
        return where(step.origin());
    }

    static String where(Origin origin) {
        String path = origin.path().isRoot() ? "(built in)" : origin.path().toString();
        return origin.position().isKnown() ? path + " (line " + origin.line() + ")" : path;
    }
}
