package io.rumpcfg;

import io.rumpcfg.exec.ExecOptions;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.util.Objects;

/**
 * How {@link Rumpcfg#boot} reads, plans and applies a configuration. When {@code parse}
 * names no baked binaries, the platform's are used.
 */
public record BootSettings(ParseOptions parse, PlanOptions plan, ExecOptions exec) {
    public static final BootSettings DEFAULTS = new BootSettings(ParseOptions.DEFAULTS, PlanOptions.DEFAULTS, ExecOptions.DEFAULTS);

    public BootSettings {
        Objects.requireNonNull(parse, "parse");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(exec, "exec");
    }

    public BootSettings withParse(ParseOptions parse) {
        return new BootSettings(parse, plan, exec);
    }

    public BootSettings withPlan(PlanOptions plan) {
        return new BootSettings(parse, plan, exec);
    }

    public BootSettings withExec(ExecOptions exec) {
        return new BootSettings(parse, plan, exec);
    }
}
