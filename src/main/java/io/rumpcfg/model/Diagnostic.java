package io.rumpcfg.model;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in a configuration, as a value.
 *
 * <p>{@code code} is one of the {@link Code catalogue}, stable (tests and tools may match on
 * its id); {@code message} is for people
 * and always names the offending value and, for limits, the limit. Rendering to a
 * {@code FILE:LINE:COL: error: PATH: message} line happens once, in {@link #render}.
 *
 * @param severity whether it makes the configuration invalid
 * @param code     the stable code, such as {@link Code#UNKNOWN_KEY}
 * @param message  the text for people
 * @param path     the offending element's path in the document; the root when the whole
 *                 document is at fault
 * @param position where in the document, or {@link Position#UNKNOWN}
 */
public record Diagnostic(Severity severity, Code code, String message, ElementPath path, Position position) {
    /**
     * Makes a diagnostic.
     *
     * @throws NullPointerException if any component is null
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(position, "position");
    }

    /** An error at {@code at}'s path and position. */
    public static Diagnostic error(Code code, Origin at, String message) {
        return new Diagnostic(Severity.ERROR, code, message, at.path(), at.position());
    }

    /** A warning at {@code at}'s path and position. */
    public static Diagnostic warning(Code code, Origin at, String message) {
        return new Diagnostic(Severity.WARNING, code, message, at.path(), at.position());
    }

    /** Whether this is an error, which makes the configuration invalid. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** This diagnostic as an error, for {@code --deny-warnings}. */
    public Diagnostic asError() {
        return new Diagnostic(Severity.ERROR, code, message, path, position);
    }

    /**
     * The one line shown to users: {@code FILE:LINE:COL: error: PATH: message}. The position
     * is left out when unknown, the path when it is the root.
     */
    public String render(String sourceName) {
        StringBuilder out = new StringBuilder(sourceName);
        if (position.isKnown()) {
            out.append(':').append(position.line()).append(':').append(position.column());
        }
        out.append(": ").append(severity.label()).append(": ");
        if (!path.isRoot()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }

    /**
     * {@code text} as a diagnostic quotes a value: a JSON string literal with its control
     * characters (U+0000-U+001F, U+007F-U+009F) escaped, so that none can move a terminal's
     * cursor or start a line of its own, cut after 60 characters.
     *
     * @param text the value to quote; not null
     * @return the quoted value
     */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        int n = Math.min(text.length(), 60);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (n < text.length()) {
            out.append("...");
        }
        return out.append('"').toString();
    }

    /**
     * Whether any of {@code diagnostics} is an error.
     *
     * @param diagnostics the diagnostics; not null
     * @return true if one of them is an error
     */
    public static boolean anyError(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }
}
