package io.rumpcfg;

import io.rumpcfg.exec.ExecOptions;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.util.Objects;

/**
 * How {@link Rumpcfg#boot} reads, plans and applies a configuration. When {@code parse}
 * names no baked binaries, the platform's are used.
 */
public record BootOptions(ParseOptions parse, PlanOptions plan, ExecOptions exec) {
    public static final BootOptions DEFAULTS = new BootOptions(ParseOptions.DEFAULTS, PlanOptions.DEFAULTS, ExecOptions.DEFAULTS);

    public BootOptions {
        Objects.requireNonNull(parse, "parse");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(exec, "exec");
    }

    public BootOptions withParse(ParseOptions parse) {
        return new BootOptions(parse, plan, exec);
    }

    public BootOptions withPlan(PlanOptions plan) {
        return new BootOptions(parse, plan, exec);
    }

    public BootOptions withExec(ExecOptions exec) {
        return new BootOptions(parse, plan, exec);
    }
}
