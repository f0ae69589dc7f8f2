package io.rumpcfg.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to plan.
 *
 * @param bins    the baked binaries, in bake order, when known: with no rc, each becomes a step
 * @param baseDir the directory relative vnd backing files are resolved against
 */
public record PlanOptions(Optional<List<String>> bins, String baseDir) {
    public static final String DEFAULT_BASE_DIR = "/";
    public static final PlanOptions DEFAULTS = new PlanOptions(Optional.empty(), DEFAULT_BASE_DIR);

    public PlanOptions {
        // Not bins.map(List::copyOf): options are made on the boot path, where linking a
        // method reference costs start-up time (see docs/performance.md).
        bins = bins.isPresent() ? Optional.of(List.copyOf(bins.get())) : bins;
        Objects.requireNonNull(baseDir, "baseDir");
    }

    public PlanOptions withBins(List<String> bins) {
        return new PlanOptions(Optional.of(bins), baseDir);
    }

    public PlanOptions withBaseDir(String baseDir) {
        return new PlanOptions(bins, baseDir);
    }
}
