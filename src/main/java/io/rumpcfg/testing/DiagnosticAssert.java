package io.rumpcfg.testing;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Assertions over the diagnostics found at one path and line (usually one). Each check keeps
 * those that pass it, and fails when none does: a chain such as
 * {@code .withCode(Code.BAD_VALUE).atColumn(7)} passes only when one diagnostic passes every
 * check of it.
 */
public final class DiagnosticAssert {
    private final ConfigAssert config;
    private final List<Diagnostic> found;

    DiagnosticAssert(ConfigAssert config, List<Diagnostic> found) {
        this.config = config;
        this.found = List.copyOf(found);
    }

    /** Fails unless a diagnostic so far has {@code code}. */
    public DiagnosticAssert withCode(Code code) {
        return keep(d -> d.code() == code, "expected the diagnostic's code", code.id(), d -> d.code().id());
    }

    /** Fails unless a diagnostic so far has the code whose id is {@code id}, such as {@code "bad-value"}. */
    public DiagnosticAssert withCode(String id) {
        return keep(d -> d.code().id().equals(id), "expected the diagnostic's code", id, d -> d.code().id());
    }

    /** Fails unless a diagnostic so far has a message containing {@code text}. */
    public DiagnosticAssert withMessageContaining(String text) {
        return keep(d -> d.message().contains(text), "expected a message containing \"" + text + "\"", text,
                Diagnostic::message);
    }

    /** Fails unless a diagnostic so far has exactly {@code message}. */
    public DiagnosticAssert withMessage(String message) {
        return keep(d -> d.message().equals(message), "expected the diagnostic's message", message, Diagnostic::message);
    }

    /** Fails unless a diagnostic so far points at column {@code column} (1-based, in characters). */
    public DiagnosticAssert atColumn(int column) {
        return keep(d -> d.position().column() == column, "expected the diagnostic's column", column,
                d -> d.position().column());
    }

    /** The diagnostics that passed every check so far. */
    public List<Diagnostic> diagnostics() {
        return found;
    }

    /** Back to the configuration, for more assertions. */
    public ConfigAssert and() {
        return config;
    }

    /** The diagnostics so far that pass {@code check}; a failure showing what {@code shown} finds in each when none does. */
    private DiagnosticAssert keep(Predicate<Diagnostic> check, String what, Object expected,
            Function<Diagnostic, Object> shown) {
        List<Diagnostic> kept = new ArrayList<>();
        List<Object> actual = new ArrayList<>();
        for (Diagnostic d : found) {
            if (check.test(d)) {
                kept.add(d);
            }
            actual.add(shown.apply(d));
        }
        if (kept.isEmpty()) {
            throw Failures.fail(what, expected, actual);
        }
        return new DiagnosticAssert(config, kept);
    }
}
