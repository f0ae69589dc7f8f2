package io.rumpcfg.parse;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a document gave: the configuration when it is valid, and every diagnostic,
 * warnings included, so that warnings survive success.
 *
 * @param config      the configuration, present exactly when no diagnostic is an error
 * @param diagnostics every diagnostic, warnings included; as the parser gives them, in document order:
 *                    those without a place first, then by line and column
 */
public record ParseResult(Optional<Config> config, List<Diagnostic> diagnostics) {
    /**
     * Makes a result, copying the diagnostics.
     *
     * @throws NullPointerException if any component, or any diagnostic, is null
     */
    public ParseResult {
        Objects.requireNonNull(config, "config");
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether no diagnostic is an error; then {@link #config()} is present. */
    public boolean isValid() {
        return config.isPresent();
    }
}
