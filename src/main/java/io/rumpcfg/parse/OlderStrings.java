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
    static void guestSees(Reading reading, int value, ElementPath path) {
        Tape t = reading.tape;
        if (t.isString(value) && t.escaped(value)) {
            reading.problems.olderEscape(path, t.position(value), t.raw(value), t.text(value));
        }
    }

    /**
     * Warns when the guest, splitting the undecoded cmdline, would get other words than
     * {@code argv}, the words of the decoded text.
     */
    static void guestArgv(Reading reading, int cmdline, ElementPath path, List<String> argv) {
        Tape t = reading.tape;
        if (!t.escaped(cmdline)) {
            return;
        }
        List<String> guest = CmdlineWords.split(t.raw(cmdline));
        if (!guest.equals(argv)) {
            reading.problems.olderEscapeArgv(path, t.position(cmdline), guest, argv);
        }
    }

    /**
     * Warns when an unquoted cmdline shows the trace of arguments joined with single spaces
     * and no quoting (as urunc and runnc join a container's args): a run of blanks, or a blank
     * at either end, is where an empty argument, or one with blanks, was; the guest splits
     * there and that argument is lost.
     */
    static void joinedArgs(Reading reading, int cmdline, ElementPath path, List<String> argv) {
        String text = reading.tape.text(cmdline);
        boolean quoted = text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 || text.indexOf('\\') >= 0;
        boolean trace = text.matches("(?s).*[ \t\n]{2,}.*") || text.matches("(?s)([ \t\n].*|.*[ \t\n])");
        if (!quoted && trace) {
            reading.problems.olderJoinedArgs(path, reading.tape.position(cmdline), argv);
        }
    }
}
