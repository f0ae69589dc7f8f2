package io.rumpcfg.convert;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to write an older-format document.
 *
 * @param dialect the guests it is for
 * @param lossy   whether what the older format cannot express is dropped with a warning
 *                rather than refused with an error
 * @param bins    the baked binaries in bake order, when known: the older format starts them in
 *                that order, so the rc entries must follow it
 */
public record OlderOptions(OlderDialect dialect, boolean lossy, Optional<List<String>> bins) {
    /**
     * For rumprun master's guests, refusing what the older format cannot express, no baked binaries
     * known.
     */
    public static final OlderOptions MASTER = new OlderOptions(OlderDialect.MASTER, false, Optional.empty());

    /**
     * Makes options, copying {@code bins}.
     *
     * @throws NullPointerException if any component, or any name in {@code bins}, is null
     */
    public OlderOptions {
        Objects.requireNonNull(dialect, "dialect");
        bins = bins.isPresent() ? Optional.of(List.copyOf(bins.get())) : bins;
    }
}
