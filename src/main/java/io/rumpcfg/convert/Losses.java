package io.rumpcfg.convert;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** What the older format cannot express, element by element: an error each, or, lossy, a warning each. */
final class Losses {
    private final boolean lossy;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Losses(boolean lossy) {
        this.lossy = lossy;
    }

    /** Reports the element read at {@code at} as not expressible, for {@code why}; true when it is dropped (lossy). */
    boolean cannot(Origin at, String why) {
        return cannot(at.path(), at.position(), why);
    }

    /** As {@link #cannot(Origin, String)} for the element's member {@code key} (its runmode, its workdir). */
    boolean cannot(Origin at, String key, String why) {
        return cannot(at.path().key(key), at.position(), why);
    }

    boolean cannot(ElementPath path, Position position, String why) {
        if (lossy) {
            diagnostics.add(new Diagnostic(Severity.WARNING, Code.OLDER_DROPPED,
                    "left out: the older format cannot express it; " + why, path, position));
        } else {
            diagnostics.add(new Diagnostic(Severity.ERROR, Code.OLDER_INEXPRESSIBLE,
                    "cannot be written in the older format: " + why + " (--lossy leaves it out)", path, position));
        }
        return lossy;
    }

    /** Reports what no older document can leave out, since the guest would halt without it: an error, lossy or not. */
    void fatal(ElementPath path, Position position, String why) {
        diagnostics.add(new Diagnostic(Severity.ERROR, Code.OLDER_INEXPRESSIBLE,
                "cannot be written in the older format: " + why, path, position));
    }

    /**
     * Whether {@code s} reaches the older guests as written: they never decode JSON escapes,
     * so a string that needs one ({@code "}, {@code \}, a control character) cannot be given.
     * Reported when not.
     */
    boolean verbatim(String s, Origin at) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (needsEscape(c)) {
                cannot(at, "it holds " + describe(c) + ", which JSON must escape and the older guests "
                        + "would read escaped");
                return false;
            }
        }
        return true;
    }

    /** Whether JSON writes {@code s} without an escape. */
    static boolean isVerbatim(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (needsEscape(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsEscape(char c) {
        return c == '"' || c == '\\' || c < 0x20;
    }

    boolean hasErrors() {
        return Diagnostic.anyError(diagnostics);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    private static String describe(char c) {
        return c < 0x20 ? String.format("the control character U+%04X", (int) c) : "'" + c + "'";
    }
}
