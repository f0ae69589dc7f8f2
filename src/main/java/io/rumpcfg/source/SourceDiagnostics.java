package io.rumpcfg.source;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;

/**
 * The diagnostics every source may report, in one place: their codes and the shape of their
 * messages. Platform-specific ones live next to their source.
 */
public final class SourceDiagnostics {
    /** The configuration is longer than a source reads. */
    public static final String TOO_LARGE = "source.too-large";
    /** The configuration could not be read at all. */
    public static final String UNREADABLE = "source.unreadable";
    /** The configuration came from the kernel command line, a deprecated way. */
    public static final String LEGACY_CMDLINE = "source.legacy-cmdline";
    /**
     * What the platform handed over holds no <code>&#123;</code>: the original guest runs every baked
     * program with argv {@code ["rumprun"]}.
     */
    public static final String NOT_JSON = "source.not-json";

    private SourceDiagnostics() {}

    /**
     * Text that comes from outside (guest memory, a daemon's reply) as a JSON string literal, as
     * diagnostics quote every value: control characters (U+0000-U+001F, U+007F-U+009F) escaped,
     * so that none can move a terminal's cursor or start a line of its own, and cut after 60
     * characters.
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
     * An error: {@code what} is {@code size} bytes, over {@code limit}; a {@code size} not over
     * the limit is taken as a read cut short, and reported as "or more".
     */
    public static Diagnostic tooLarge(String what, long size, int limit) {
        return Diagnostic.error(TOO_LARGE, Origin.SYNTHETIC,
                what + " is " + size + " bytes" + (size > limit ? "" : " or more")
                        + ", over the limit of " + limit + " bytes");
    }

    /** A read that stopped at {@code limit + 1} bytes, so the real size is unknown. */
    public static Diagnostic tooLargeAtLeast(String what, int limit) {
        return Diagnostic.error(TOO_LARGE, Origin.SYNTHETIC,
                what + " is more than " + limit + " bytes, over the limit of " + limit + " bytes");
    }

    /** Why reading failed, in the same words whichever source read: "no such file", "permission denied". */
    public static String reasonOf(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** An error: {@code what} cannot be read, for {@code reason} (see {@link #reasonOf}). */
    public static Diagnostic unreadable(String what, String reason) {
        return Diagnostic.error(UNREADABLE, Origin.SYNTHETIC, "cannot read " + what + ": " + reason);
    }

    /** A warning: the configuration came from the kernel command line, a deprecated way. */
    public static Diagnostic legacyCommandLine() {
        return Diagnostic.warning(LEGACY_CMDLINE, Origin.SYNTHETIC,
                "configuration taken from the kernel command line; this is deprecated, pass it as "
                        + "the first multiboot module (hw) or the xenstore key rumprun/cfg (xen)");
    }

    /** {@code what} holds no <code>&#123;</code>, so it is read as the configuration that says what the guest does. */
    public static Diagnostic notJson(String what) {
        return Diagnostic.warning(NOT_JSON, Origin.SYNTHETIC, what + " holds no \"{\": the original guest warns "
                + "\"could not find start of json\" and runs every baked program with argv [\"rumprun\"], "
                + "read here as {\"cmdline\": \"rumprun\"}");
    }
}
