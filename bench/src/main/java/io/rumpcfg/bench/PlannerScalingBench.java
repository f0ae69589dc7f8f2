package io.rumpcfg.bench;

import io.rumpcfg.model.Config;
import io.rumpcfg.parse.ConfigParser;
import io.rumpcfg.parse.Limits;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.parse.ParseResult;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.plan.PlanResult;
import io.rumpcfg.plan.Planner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The planner alone on {@code mounts} mounts (half on blk devices, half nested beneath
 * them, listed deepest first). Divide the time by {@link #steps}, printed at set-up, for the
 * time per step; O(n log n) planning keeps that within 2x from 100 to 10 000 mounts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlannerScalingBench {
    @Param({"100", "10000"})
    public int mounts;

    private Config config;
    public int steps;

    @Setup(Level.Trial)
    public void load() {
        Limits big = Limits.DEFAULTS.toBuilder().maxDocumentBytes(4 << 20).maxMembers(1 << 20).build();
        ParseResult parsed = ConfigParser.create(ParseOptions.DEFAULTS.withLimits(big)).parse(Configs.withMounts(mounts));
        config = parsed.config().orElseThrow(() -> new IllegalStateException(parsed.diagnostics().toString()));
        PlanResult planned = Planner.plan(config, PlanOptions.DEFAULTS);
        steps = planned.plan().orElseThrow(() -> new IllegalStateException(planned.diagnostics().toString())).steps().size();
        System.out.println("\nplanner-steps mounts=" + mounts + " steps=" + steps);
    }

    @Benchmark
    public PlanResult plan() {
        return Planner.plan(config, PlanOptions.DEFAULTS);
    }
}
