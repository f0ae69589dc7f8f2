package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import java.util.List;

/**
 * What the original guests make of a string: they never decode JSON escapes (jsmn hands
 * over the raw text), so a string written with an escape reaches them as written. Each such
 * string gets one warning saying what the guest sees; rumpcfg itself reads it decoded.
 */
final class OlderStrings {
    private OlderStrings() {}

    /** Warns when {@code value} is a string the guest sees other than decoded. */
    static void guestSees(Reading reading, Json value, ElementPath path) {
        if (value instanceof Json.Str && ((Json.Str) value).escaped()) {
            Json.Str s = (Json.Str) value;
            reading.problems.olderEscape(path, s.position(), s.raw(), s.value());
        }
    }

    /**
     * Warns when the guest, splitting the undecoded cmdline, would get other words than
     * {@code argv}, the words of the decoded text.
     */
    static void guestArgv(Reading reading, Json.Str cmdline, ElementPath path, List<String> argv) {
        if (!cmdline.escaped()) {
            return;
        }
        List<String> guest = CmdlineWords.split(cmdline.raw());
        if (!guest.equals(argv)) {
            reading.problems.olderEscapeArgv(path, cmdline.position(), guest, argv);
        }
    }

    /**
     * Warns when an unquoted cmdline shows the trace of arguments joined with single spaces
     * and no quoting (as urunc and runnc join a container's args): a run of blanks, or a blank
     * at either end, is where an empty argument, or one with blanks, was; the guest splits
     * there and that argument is lost.
     */
    static void joinedArgs(Reading reading, Json.Str cmdline, ElementPath path, List<String> argv) {
        String text = cmdline.value();
        boolean quoted = text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 || text.indexOf('\\') >= 0;
        boolean trace = text.matches("(?s).*[ \t\n]{2,}.*") || text.matches("(?s)([ \t\n].*|.*[ \t\n])");
        if (!quoted && trace) {
            reading.problems.olderJoinedArgs(path, cmdline.position(), argv);
        }
    }
}
