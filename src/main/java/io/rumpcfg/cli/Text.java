package io.rumpcfg.cli;

import java.util.Arrays;
import java.util.List;

/** Wraps text at blanks for the help: a first-line prefix, then an indent for the lines after. */
final class Text {
    private Text() {}

    /** Appends {@code text} wrapped to {@code width}, each line ending in a newline. */
    static void wrap(String text, String first, String rest, int width, StringBuilder out) {
        wrapWords(Arrays.asList(text.split(" ")), first, rest, width, out);
    }

    /** Appends {@code words}, one blank between each, wrapped to {@code width}; a word is never split. */
    static void wrapWords(List<String> words, String first, String rest, int width, StringBuilder out) {
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.append(line).append('\n');
    }
}
