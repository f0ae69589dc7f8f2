package io.rumpcfg.parse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The lexical half of {@link SyntaxErrors}: what is wrong with a number, a bare word, an
 * escape or a character, in words. A value's own text is not repeated in a message (it
 * may be a secret's): the position points at it, and the message says which rule it breaks.
 */
final class JsonWords {
    private JsonWords() {}

    static boolean startsWithBom(byte[] doc) {
        return doc.length >= 3 && doc[0] == (byte) 0xEF && doc[1] == (byte) 0xBB && doc[2] == (byte) 0xBF;
    }

    /** The UTF-8 text from {@code from} to {@code to}. */
    static String text(byte[] doc, int from, int to) {
        return new String(doc, from, Math.max(0, Math.min(to, doc.length) - from), StandardCharsets.UTF_8);
    }

    /** A byte that may start a bare word: an ASCII letter, {@code _} or {@code $}. */
    static boolean isWordByte(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    /**
     * The end of the run of letters, digits and {@code _$.+-} that starts at {@code from}: a
     * number or a bare word as written, none of whose bytes may follow a JSON value.
     */
    static int wordEnd(byte[] doc, int from) {
        int i = from;
        while (i < doc.length) {
            int c = doc[i];
            if (!(isWordByte(c) || (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-')) {
                break;
            }
            i++;
        }
        return i;
    }

    /** The end of a string in single quotes opened at {@code from}: its closing quote, or the end of its line. */
    static int singleQuoted(byte[] doc, int from) {
        int i = from + 1;
        while (i < doc.length && doc[i] != '\'' && doc[i] != '\n' && doc[i] != '\r') {
            i++;
        }
        return i;
    }

    /** The end of the text of a string opened at {@code from}: its closing quote, or the end of its line. */
    static int lineStringEnd(byte[] doc, int from) {
        int i = from + 1;
        while (i < doc.length && doc[i] != '"' && doc[i] != '\n' && doc[i] != '\r') {
            i += doc[i] == '\\' ? 2 : 1;
        }
        return Math.min(i, doc.length);
    }

    /** What is wrong with the number written from {@code from} to {@code to}, if anything. */
    static Optional<String> numberError(byte[] doc, int from, int to) {
        String n = text(doc, from, to);
        int i = 0;
        if (n.charAt(0) == '+') {
            return Optional.of("a JSON number has no \"+\" sign");
        }
        if (n.charAt(0) == '-') {
            i++;
        }
        if (i == n.length() || !isDigit(n.charAt(i))) {
            if (i < n.length() && n.charAt(i) == '.') {
                return Optional.of("a number needs a digit before its decimal point");
            }
            if (i < n.length() && isWordByte(n.charAt(i))) {
                return Optional.of("not a JSON number: NaN, Infinity and other words are not numbers in JSON");
            }
            return Optional.of("a number needs a digit after \"-\"");
        }
        if (n.charAt(i) == '0' && i + 1 < n.length() && isDigit(n.charAt(i + 1))) {
            return Optional.of("a JSON number has no leading zero; write it without, or as a string");
        }
        if (n.charAt(i) == '0' && i + 1 < n.length() && (n.charAt(i + 1) == 'x' || n.charAt(i + 1) == 'X')) {
            return Optional.of("hexadecimal numbers are not JSON; write it in decimal");
        }
        while (i < n.length() && isDigit(n.charAt(i))) {
            i++;
        }
        if (i < n.length() && n.charAt(i) == '.') {
            if (n.indexOf('.', i + 1) >= 0) {
                return Optional.of("not a number: it has more than one \".\"; an address or a version is a string,"
                        + " in double quotes");
            }
            i++;
            if (i == n.length() || !isDigit(n.charAt(i))) {
                return Optional.of("a number needs a digit after its decimal point");
            }
            while (i < n.length() && isDigit(n.charAt(i))) {
                i++;
            }
        }
        if (i < n.length() && (n.charAt(i) == 'e' || n.charAt(i) == 'E')) {
            i++;
            if (i < n.length() && (n.charAt(i) == '+' || n.charAt(i) == '-')) {
                i++;
            }
            if (i == n.length() || !isDigit(n.charAt(i))) {
                return Optional.of("a number needs a digit after its exponent's \"e\"");
            }
            while (i < n.length() && isDigit(n.charAt(i))) {
                i++;
            }
        }
        if (i < n.length()) {
            return Optional.of("not a JSON number: it goes on with " + Problems.quote(n.substring(i, i + 1))
                    + "; a value with a unit or other letters is a string, in double quotes");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a bare word where a value belongs: only {@code true}, {@code false}
     * and {@code null} are words in JSON. A word near one of those, or one of other languages
     * (Python's {@code None}, JavaScript's {@code undefined}), is named; any other is not
     * repeated, since it may be a secret written without quotes.
     */
    static Optional<String> literalError(String word) {
        if (word.equals("true") || word.equals("false") || word.equals("null")) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String literal : new String[] {"true", "false", "null"}) {
            if (lower.equals(literal) || (word.length() >= 3 && literal.startsWith(word))) {
                return Optional.of(Problems.quote(word) + " is not a JSON value; did you mean " + literal + "?");
            }
        }
        if (lower.equals("none") || lower.equals("nil") || lower.equals("undefined")) {
            return Optional.of(Problems.quote(word) + " is not a JSON value; did you mean null?");
        }
        if (lower.equals("nan") || lower.endsWith("infinity")) {
            return Optional.of(Problems.quote(word) + " is not a JSON number");
        }
        return Optional.of("unquoted text where a value belongs: a string is written in double quotes (\")");
    }

    /** What is wrong with the escape whose backslash is at {@code at}, if anything; a byte follows it. */
    static Optional<String> escapeError(byte[] doc, int at) {
        int c = doc[at + 1] & 0xff;
        switch (c) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                return Optional.empty();
            case 'u':
                for (int k = at + 2; k < at + 6; k++) {
                    if (k >= doc.length || Character.digit(doc[k], 16) < 0) {
                        return Optional.of("\"\\u\" in a string needs four hexadecimal digits after it, as \\u00e9");
                    }
                }
                return Optional.empty();
            case '\n':
            case '\r':
                return Optional.of("a backslash at the end of a line: a JSON string cannot go on to the next line");
            default:
                return Optional.of("unknown escape \\" + text(doc, at + 1, at + 1 + utf8Length(c))
                        + " in a string; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (a backslash itself is \\\\)");
        }
    }

    /** {@code U+0009 (tab)}. */
    static String controlName(int b) {
        String name = b == '\t' ? " (tab)" : b == 0 ? " (NUL)" : "";
        return String.format("U+%04X", b) + name;
    }

    /** How a string writes the control character {@code b}. */
    static String escapeOf(int b) {
        switch (b) {
            case '\t':
                return "\\t";
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            default:
                return String.format("\\u%04x", b);
        }
    }

    /** The character at {@code at}, quoted, with its code point when it is not plain ASCII. */
    static String character(byte[] doc, int at) {
        int c = doc[at] & 0xff;
        if (c < 0x80) {
            return Problems.quote(String.valueOf((char) c));
        }
        int cp = text(doc, at, at + utf8Length(c)).codePointAt(0);
        return Problems.quote(new String(Character.toChars(cp))) + String.format(" (U+%04X)", cp);
    }

    /** A character beyond ASCII outside any string: a typographic quote or an odd blank is named. */
    static String unexpectedWide(byte[] doc, int at) {
        int cp = text(doc, at, at + utf8Length(doc[at] & 0xff)).codePointAt(0);
        if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x2018 || cp == 0x2019 || cp == 0x00AB || cp == 0x00BB) {
            return "the typographic quote " + character(doc, at) + " where JSON needs a plain double quote (\")";
        }
        if (Character.isSpaceChar(cp) || cp == 0xFEFF) {
            return "the blank " + String.format("U+%04X", cp) + " is not JSON whitespace; use a plain space";
        }
        return "unexpected character " + character(doc, at);
    }

    private static int utf8Length(int lead) {
        return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
