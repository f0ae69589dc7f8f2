package io.rumpcfg.parse;

import java.nio.charset.StandardCharsets;

/**
 * How the guest's C code reads text: {@code atoi}, a buffer filled by {@code snprintf}, and,
 * for the warnings, what a JSON reader would make of a string the guest takes as written.
 */
final class GuestText {
    private GuestText() {}

    /** C's atoi: blanks, a sign, digits, and 0 when there are none. */
    static long atoi(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long n = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && n < Integer.MAX_VALUE) {
            n = n * 10 + (s.charAt(i++) - '0');
        }
        return negative ? -n : n;
    }

    /** What a JSON reader makes of raw string text the guest takes as written. */
    static String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'u':
                    if (i + 4 < raw.length()) {
                        out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append("\\u");
                    }
                    break;
                default:
                    out.append(e);
            }
        }
        return out.toString();
    }

    /** {@code s} cut to at most {@code bytes} UTF-8 bytes, as the guest's snprintf cuts it. */
    static String cut(String s, int bytes) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return b.length <= bytes ? s : new String(b, 0, bytes, StandardCharsets.UTF_8);
    }
}
