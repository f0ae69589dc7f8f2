package io.rumpcfg.source.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link Sources#parse}: a spec, or why the text is not one (the CLI shows the
 * message and exits with its usage code).
 *
 * @param spec  the spec, when the text is one
 * @param error why the text is not a spec, when it is not; exactly one of the two is present
 */
public record ParsedSpec(Optional<SourceSpec> spec, Optional<String> error) {
    /**
     * Makes an outcome.
     *
     * @throws NullPointerException     if either component is null
     * @throws IllegalArgumentException unless exactly one of {@code spec} and {@code error} is
     *                                  present
     */
    public ParsedSpec {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(error, "error");
        if (spec.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("exactly one of spec and error");
        }
    }

    static ParsedSpec ok(SourceSpec spec) {
        return new ParsedSpec(Optional.of(spec), Optional.empty());
    }

    static ParsedSpec bad(String error) {
        return new ParsedSpec(Optional.empty(), Optional.of(error));
    }
}
