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
    /** The base directory unless one is given: the guest's root. */
    public static final String DEFAULT_BASE_DIR = "/";
    /** No baked binaries known, and the default base directory. */
    public static final PlanOptions DEFAULTS = new PlanOptions(Optional.empty(), DEFAULT_BASE_DIR);

    /**
     * Makes options, copying {@code bins}.
     *
     * @throws NullPointerException if any component, or any name in {@code bins}, is null
     */
    public PlanOptions {
        bins = bins.isPresent() ? Optional.of(List.copyOf(bins.get())) : bins;
        Objects.requireNonNull(baseDir, "baseDir");
    }

    /** These options with the baked binaries known: {@code bins}, in bake order. */
    public PlanOptions withBins(List<String> bins) {
        return new PlanOptions(Optional.of(bins), baseDir);
    }

    /** These options with relative vnd backing files resolved against {@code baseDir}. */
    public PlanOptions withBaseDir(String baseDir) {
        return new PlanOptions(bins, baseDir);
    }
}
