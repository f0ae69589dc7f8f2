package io.rumpcfg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.rumpcfg.BootSettings;
import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.parse.ConfigParser;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.parse.ParseResult;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.testing.FakePlatform;
import io.rumpcfg.testing.FakePlatformBuilder;
import java.io.IOException;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The boot path at each config size, all its stages in one run so their ratios compare like
 * with like: (a) {@link #scan} Jackson's raw token scan, the floor for a Jackson-based
 * reader; (b) {@link #parse} parse and validate; (c) {@link #check} parse, validate and plan;
 * (c+) {@link #checkAndSpell} (c) with the plan's dependencies spelled out; (d) {@link #boot}
 * check and apply on a fresh {@link FakePlatform} with echo binaries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BootPathBench {
    @Param({"656b", "1k", "16k", "64k"})
    public String size;

    private byte[] document;
    /** Made once, as a long-lived reader would; Jackson's factory is meant to be shared. */
    private final JsonFactory factory = new JsonFactory();
    private final ConfigParser parser = ConfigParser.create(ParseOptions.DEFAULTS);

    @Setup(Level.Trial)
    public void load() {
        document = Configs.named(size);
        Checked checked = Rumpcfg.check(document, ParseOptions.DEFAULTS.withBins(Configs.BINS), PlanOptions.DEFAULTS);
        if (!checked.isValid()) {
            throw new IllegalStateException("the " + size + " config is not valid: " + checked.diagnostics());
        }
        BootReport report = boot();
        if (report.outcome() != BootReport.Outcome.SUCCEEDED) {
            throw new IllegalStateException("the " + size + " config does not boot: " + report);
        }
    }

    /** (a) Every token, with its text, and nothing else. */
    @Benchmark
    public void scan(Blackhole bh) throws IOException {
        try (JsonParser p = factory.createParser(document)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                bh.consume(p.getText());
            }
        }
    }

    /** (b) */
    @Benchmark
    public ParseResult parse() {
        return parser.parse(document);
    }

    /** (c) What {@code rumpcfg plan} does: parse, validate and plan. */
    @Benchmark
    public Checked check() {
        return Rumpcfg.check(document, ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);
    }

    /**
     * (c) and then the plan's dependencies spelled out ({@code Plan.after()}: each step's ids
     * and reasons in words), which the planner builds only when first read. What
     * {@code rumpcfg plan} needs for its reasons; the boot path (d) never reads them.
     */
    @Benchmark
    public Object checkAndSpell() {
        return Rumpcfg.check(document, ParseOptions.DEFAULTS, PlanOptions.DEFAULTS).plan().orElseThrow().after();
    }

    /** (d) Check and apply, the platform's set-up included (a platform applies one config). */
    @Benchmark
    public BootReport boot() {
        return Rumpcfg.boot(document, platform(), BootSettings.DEFAULTS);
    }

    /** Echo binaries, and the two disks the hw-webserver example mounts. */
    private static FakePlatform platform() {
        FakePlatformBuilder platform = FakePlatform.builder().device("/dev/ld0a", "ffs").device("/dev/ld1a", "ffs");
        Configs.BINS.forEach(platform::echoBin);
        return platform.build();
    }
}
