package io.rumpcfg.testing;

import io.rumpcfg.model.Diagnostic;
import java.util.List;

/**
 * Assertions over the diagnostics found at one path and line (usually one). Each check
 * passes when at least one of them satisfies it.
 */
public final class DiagnosticAssert {
    private final ConfigAssert config;
    private final List<Diagnostic> found;

    DiagnosticAssert(ConfigAssert config, List<Diagnostic> found) {
        this.config = config;
        this.found = List.copyOf(found);
    }

    /** Fails unless the diagnostic has the stable code {@code code}. */
    public DiagnosticAssert withCode(String code) {
        if (found.stream().noneMatch(d -> d.code().equals(code))) {
            throw Failures.fail("expected the diagnostic's code", code, codes());
        }
        return this;
    }

    /** Fails unless the diagnostic's message contains {@code text}. */
    public DiagnosticAssert withMessageContaining(String text) {
        if (found.stream().noneMatch(d -> d.message().contains(text))) {
            throw Failures.fail("expected a message containing \"" + text + "\"", text, messages());
        }
        return this;
    }

    /** Fails unless the diagnostic's message is exactly {@code message}. */
    public DiagnosticAssert withMessage(String message) {
        if (found.stream().noneMatch(d -> d.message().equals(message))) {
            throw Failures.fail("expected the diagnostic's message", message, messages());
        }
        return this;
    }

    /** Fails unless the diagnostic points at column {@code column} (1-based, in characters). */
    public DiagnosticAssert atColumn(int column) {
        if (found.stream().noneMatch(d -> d.position().column() == column)) {
            throw Failures.fail("expected the diagnostic's column", column,
                    found.stream().map(d -> d.position().column()).toList());
        }
        return this;
    }

    /** The diagnostics found at the path and line. */
    public List<Diagnostic> diagnostics() {
        return found;
    }

    /** Back to the configuration, for more assertions. */
    public ConfigAssert and() {
        return config;
    }

    private List<String> codes() {
        return found.stream().map(Diagnostic::code).toList();
    }

    private List<String> messages() {
        return found.stream().map(Diagnostic::message).toList();
    }
}
