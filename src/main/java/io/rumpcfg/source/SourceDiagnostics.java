package io.rumpcfg.source;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * The diagnostics every source may report: the shape of their messages, under their
 * {@link Code}s. Platform-specific ones live next to their source.
 */
public final class SourceDiagnostics {
    private SourceDiagnostics() {}

    /**
     * Text that comes from outside (guest memory, a daemon's reply), quoted as every diagnostic
     * quotes a value ({@link Diagnostic#quote}): no control character of it reaches a terminal.
     *
     * @param text the text; not null
     * @return the quoted text
     */
    public static String quote(String text) {
        return Diagnostic.quote(text);
    }

    /**
     * An error: {@code what} is {@code size} bytes, over {@code limit}; a {@code size} not over
     * the limit is taken as a read cut short, and reported as "or more".
     */
    public static Diagnostic tooLarge(String what, long size, int limit) {
        return Diagnostic.error(Code.SOURCE_TOO_LARGE, Origin.SYNTHETIC,
                what + " is " + size + " bytes" + (size > limit ? "" : " or more")
                        + ", over the limit of " + limit + " bytes");
    }

    /**
     * A configuration over {@link SourceResult#MAX_CONFIG_BYTES}, the parser's
     * {@code maxDocumentBytes}: {@code size} bytes, or more when the read stopped one byte over.
     *
     * @param what what held it, as the user named it: "the configuration", "/rootfs/cfg.json"
     */
    public static Diagnostic overDocumentLimit(String what, long size) {
        int limit = SourceResult.MAX_CONFIG_BYTES;
        return Diagnostic.error(Code.SOURCE_TOO_LARGE, Origin.SYNTHETIC, what + " is " + (size > limit + 1 ? size + " bytes" : "more than "
                + limit + " bytes") + ", over the limit maxDocumentBytes=" + limit);
    }

    /** Why reading failed, in the same words whichever source read: "no such file", "permission denied". */
    public static String reasonOf(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** An error: {@code what} cannot be read, for {@code reason} (see {@link #reasonOf}). */
    public static Diagnostic unreadable(String what, String reason) {
        return Diagnostic.error(Code.SOURCE_UNREADABLE, Origin.SYNTHETIC, "cannot read " + what + ": " + reason);
    }

    /** A warning: the configuration came from the kernel command line, a deprecated way. */
    public static Diagnostic deprecatedCommandLine() {
        return Diagnostic.warning(Code.SOURCE_DEPRECATED_CMDLINE, Origin.SYNTHETIC,
                "configuration taken from the kernel command line; this is deprecated, pass it as "
                        + "the first multiboot module (hw) or the xenstore key rumprun/cfg (xen)");
    }

    /**
     * An error: the source holds no configuration ({@link io.rumpcfg.model.Code#SOURCE_NOT_JSON}) where one was expected,
     * as when a multiboot address, a domain or a file is not the one meant.
     */
    public static Diagnostic noConfig() {
        return Diagnostic.error(Code.SOURCE_NO_CONFIG, Origin.SYNTHETIC, "no configuration here, where one was expected: is this"
                + " the source meant? (plan and run show what the guest does without one)");
    }

    /** {@code what} holds no <code>&#123;</code>, so it is read as the configuration that says what the guest does. */
    public static Diagnostic notJson(String what) {
        return Diagnostic.warning(Code.SOURCE_NOT_JSON, Origin.SYNTHETIC, what + " holds no \"{\": the original guest warns "
                + "\"could not find start of json\" and runs every baked program with argv [\"rumprun\"], "
                + "read here as {\"cmdline\": \"rumprun\"}");
    }
}
