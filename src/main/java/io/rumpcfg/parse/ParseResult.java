package io.rumpcfg.parse;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a document gave: the configuration when it is valid, and every diagnostic,
 * warnings included, so that warnings survive success.
 */
public record ParseResult(Optional<Config> config, List<Diagnostic> diagnostics) {
    public ParseResult {
        Objects.requireNonNull(config, "config");
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether no diagnostic is an error; then {@link #config()} is present. */
    public boolean isValid() {
        return config.isPresent();
    }
}
