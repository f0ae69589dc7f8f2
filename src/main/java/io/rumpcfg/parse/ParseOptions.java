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
    public static final ParseOptions DEFAULTS = new ParseOptions(Limits.DEFAULTS, false, Optional.empty());

    public ParseOptions {
        Objects.requireNonNull(limits, "limits");
        bins = bins.isPresent() ? Optional.of(List.copyOf(bins.get())) : bins;
    }

    public ParseOptions withStrict(boolean strict) {
        return new ParseOptions(limits, strict, bins);
    }

    public ParseOptions withBins(List<String> bins) {
        return new ParseOptions(limits, strict, Optional.of(bins));
    }

    public ParseOptions withLimits(Limits limits) {
        return new ParseOptions(limits, strict, bins);
    }
}
