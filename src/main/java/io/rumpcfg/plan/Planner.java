package io.rumpcfg.plan;

import io.rumpcfg.model.Config;

/**
 * Orders a configuration's effects by what each needs. Pure and deterministic.
 * TODO(plan): implementation.
 */
public final class Planner {
    private Planner() {}

    public static PlanResult plan(Config config, PlanOptions options) {
        throw new UnsupportedOperationException("not yet");
    }
}
