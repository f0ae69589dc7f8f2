package io.rumpcfg.cli;

import java.util.Optional;

/**
 * A command line that cannot run as given. {@link CommandTree} prints the message on one line,
 * the hint (a suggestion for a misspelt name) when there is one, and where the help is; exit 2.
 */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    UsageError(String message) {
        this(message, null);
    }

    UsageError(String message, String hint) {
        // No stack trace: it is never shown, and a usage error is not a fault.
        super(message, null, false, false);
        this.hint = hint;
    }

    Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
