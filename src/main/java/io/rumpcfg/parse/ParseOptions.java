package io.rumpcfg.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a document.
 *
 * @param limits       the size limits
 * @param strict       whether an unknown key is an error at the root too ({@code --strict}): a
 *                     misspelt root key then fails, while a document that is only older, or
 *                     otherwise only warned about, still passes
 * @param denyWarnings whether every warning counts as an error ({@code --deny-warnings})
 * @param bins         the binaries baked into the unikernel, when known: rc names are checked against them
 */
public record ParseOptions(Limits limits, boolean strict, boolean denyWarnings, Optional<List<String>> bins) {
    /** The default limits, unknown root keys and other warnings as warnings, and no baked binaries known. */
    public static final ParseOptions DEFAULTS = new ParseOptions(Limits.DEFAULTS, false, false, Optional.empty());

    /**
     * Makes options, copying {@code bins}.
     *
     * @throws NullPointerException if any component, or any name in {@code bins}, is null
     */
    public ParseOptions {
        Objects.requireNonNull(limits, "limits");
        bins = bins.isPresent() ? Optional.of(List.copyOf(bins.get())) : bins;
    }

    /** These options with unknown root keys as errors, or as warnings. */
    public ParseOptions withStrict(boolean strict) {
        return new ParseOptions(limits, strict, denyWarnings, bins);
    }

    /** These options with every warning counted as an error, or not. */
    public ParseOptions withDenyWarnings(boolean denyWarnings) {
        return new ParseOptions(limits, strict, denyWarnings, bins);
    }

    /** These options with the baked binaries known: {@code bins}, in bake order. */
    public ParseOptions withBins(List<String> bins) {
        return new ParseOptions(limits, strict, denyWarnings, Optional.of(bins));
    }

    /** These options with other size limits. */
    public ParseOptions withLimits(Limits limits) {
        return new ParseOptions(limits, strict, denyWarnings, bins);
    }
}
