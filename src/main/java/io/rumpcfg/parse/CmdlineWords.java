package io.rumpcfg.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an older-format {@code cmdline} into argv the way rumprun master's guest did
 * (its {@code rumprun_parseargs}), so that a converted document starts each program with
 * the words the original gave it:
 * <ul>
 *   <li>words are separated by runs of space, tab or newline;</li>
 *   <li>a backslash takes the next character literally, whatever it is (a space, a quote,
 *       a backslash), and is itself dropped; a backslash at the very end is dropped;</li>
 *   <li>{@code "} or {@code '} opens a quoted part of a word, in which separators are kept;
 *       the quote characters themselves are never part of the word. Inside a quoted part
 *       the other quote character does not close it: it is dropped, and from then on only
 *       it closes the part (the original's quirk, kept so that argv stays the same);</li>
 *   <li>a quoted part may be empty, so {@code ""} is an empty word; an unclosed quote runs
 *       to the end.</li>
 * </ul>
 * The string is the decoded JSON value; the original split the raw text without decoding
 * JSON escapes.
 */
final class CmdlineWords {
    private static final int OUTSIDE = -1;
    private static final int UNQUOTED = 0;

    private CmdlineWords() {}

    static List<String> split(String cmdline) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int state = OUTSIDE; // or UNQUOTED, or the quote character that closes the part we are in
        int i = 0;
        int n = cmdline.length();
        while (i < n) {
            char c = cmdline.charAt(i++);
            boolean escaped = c == '\\';
            if (escaped) {
                if (i == n) {
                    break;
                }
                c = cmdline.charAt(i++);
            }
            if (!escaped && isSeparator(c) && state != OUTSIDE && state != UNQUOTED) {
                word.append(c);
                continue;
            }
            if (!escaped && isSeparator(c)) {
                if (state == UNQUOTED) {
                    words.add(word.toString());
                    word.setLength(0);
                    state = OUTSIDE;
                }
                continue;
            }
            if (state == OUTSIDE) {
                state = UNQUOTED;
            }
            if (!escaped && (c == '"' || c == '\'')) {
                // Closing the part we are in, or opening one (switching kind inside the other).
                state = state == c ? UNQUOTED : c;
                continue;
            }
            word.append(c);
        }
        if (state != OUTSIDE) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
