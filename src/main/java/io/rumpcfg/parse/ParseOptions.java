package io.rumpcfg.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a document.
 *
 * @param limits the size limits
 * @param strict whether warnings count as errors
 * @param bins   the binaries baked into the unikernel, when known: rc names are checked against them
 */
public record ParseOptions(Limits limits, boolean strict, Optional<List<String>> bins) {
    /** The default limits, warnings as warnings, and no baked binaries known. */
    public static final ParseOptions DEFAULTS = new ParseOptions(Limits.DEFAULTS, false, Optional.empty());

    /**
     * Makes options, copying {@code bins}.
     *
     * @throws NullPointerException if any component, or any name in {@code bins}, is null
     */
    public ParseOptions {
        Objects.requireNonNull(limits, "limits");
        bins = bins.isPresent() ? Optional.of(List.copyOf(bins.get())) : bins;
    }

    /** These options with warnings counted as errors, or not. */
    public ParseOptions withStrict(boolean strict) {
        return new ParseOptions(limits, strict, bins);
    }

    /** These options with the baked binaries known: {@code bins}, in bake order. */
    public ParseOptions withBins(List<String> bins) {
        return new ParseOptions(limits, strict, Optional.of(bins));
    }

    /** These options with other size limits. */
    public ParseOptions withLimits(Limits limits) {
        return new ParseOptions(limits, strict, bins);
    }
}
