package io.rumpcfg.convert;

import io.rumpcfg.model.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * An older-format document, or why there is none.
 *
 * @param document    the document, absent exactly when a diagnostic is an error
 * @param diagnostics one per element the older format cannot express: errors
 *                    ({@link io.rumpcfg.model.Code#OLDER_INEXPRESSIBLE}), or with {@link OlderOptions#lossy()}
 *                    warnings ({@link io.rumpcfg.model.Code#OLDER_DROPPED}); each points at the element in
 *                    the document the configuration was read from
 */
public record OlderResult(Optional<String> document, List<Diagnostic> diagnostics) {
    /**
     * Makes a result, copying the diagnostics.
     *
     * @throws NullPointerException if {@code diagnostics} or any diagnostic in it is null
     */
    public OlderResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
