package io.rumpcfg;

import io.rumpcfg.exec.ExecOptions;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.util.Objects;

/**
 * How {@link Rumpcfg#boot} reads, plans and applies a configuration. When {@code parse}
 * names no baked binaries, the platform's are used.
 *
 * <p>Immutable, and safe to share between threads and boots: {@link #DEFAULTS} is meant to be
 * passed everywhere. The {@link ExecOptions#listener} it holds is called on each boot's own
 * thread, so one listener shared by concurrent boots must be safe for that. No component is
 * null; the constructor and the withers throw {@link NullPointerException} for a null argument.
 *
 * @param parse how the document is read and checked
 * @param plan  how the plan is made
 * @param exec  how the plan is applied
 */
public record BootSettings(ParseOptions parse, PlanOptions plan, ExecOptions exec) {
    /** The default options of each part: lenient reading, no listener. */
    public static final BootSettings DEFAULTS = new BootSettings(ParseOptions.DEFAULTS, PlanOptions.DEFAULTS, ExecOptions.DEFAULTS);

    /** @throws NullPointerException when an argument is null */
    public BootSettings {
        Objects.requireNonNull(parse, "parse");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(exec, "exec");
    }

    /** These settings with {@code parse} in place of their own. */
    public BootSettings withParse(ParseOptions parse) {
        return new BootSettings(parse, plan, exec);
    }

    /** These settings with {@code plan} in place of their own. */
    public BootSettings withPlan(PlanOptions plan) {
        return new BootSettings(parse, plan, exec);
    }

    /** These settings with {@code exec} in place of their own. */
    public BootSettings withExec(ExecOptions exec) {
        return new BootSettings(parse, plan, exec);
    }
}
