package io.rumpcfg.parse;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Undoes the comma habits of the original {@code rumprun} launcher, which wrote a comma
 * right after every <code>&#123;</code>, after every member including the last, and after the root
 * object, and on kvm doubled every comma (QEMU's {@code -append} escaping).
 *
 * <p>Only these repairs are made, and only outside strings. A removed comma is replaced by
 * a space, so every line and column of the repaired document is that of the original.
 */
final class CommaRepair {
    /** One kind of repair, named as the warning names it. */
    enum Kind {
        AFTER_OPEN_BRACE("a comma right after '{'"),
        BEFORE_CLOSE_BRACE("a comma after the last member"),
        AFTER_ROOT("a comma after the root object"),
        DOUBLED("doubled commas");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** The repaired bytes and how many commas each kind of repair removed. */
    record Repaired(byte[] bytes, Map<Kind, Integer> removed) {}

    private CommaRepair() {}

    /** The repaired document, or empty when there was nothing to repair. */
    static Optional<Repaired> repair(byte[] document) {
        byte[] out = null;
        Map<Kind, Integer> removed = new EnumMap<>(Kind.class);
        int depth = 0;
        boolean rootClosed = false;
        int lastSignificant = -1; // the last non-blank byte outside a comma run, or -1
        int i = 0;
        int n = document.length;
        while (i < n) {
            byte b = document[i];
            if (b == '"') {
                i = skipString(document, i);
                lastSignificant = '"';
                continue;
            }
            if (b == ',') {
                int runEnd = i;
                int commas = 0;
                int firstComma = i;
                while (runEnd < n && (document[runEnd] == ',' || isBlank(document[runEnd]))) {
                    if (document[runEnd] == ',') {
                        commas++;
                    }
                    runEnd++;
                }
                int next = runEnd < n ? document[runEnd] : -1;
                Kind kind;
                int keep;
                if (lastSignificant == '{') {
                    kind = Kind.AFTER_OPEN_BRACE;
                    keep = 0;
                } else if (next == '}') {
                    kind = Kind.BEFORE_CLOSE_BRACE;
                    keep = 0;
                } else if (rootClosed && depth == 0) {
                    kind = Kind.AFTER_ROOT;
                    keep = 0;
                } else {
                    kind = Kind.DOUBLED;
                    keep = 1;
                }
                if (commas > keep) {
                    if (out == null) {
                        out = Arrays.copyOf(document, n);
                    }
                    int seen = 0;
                    for (int j = firstComma; j < runEnd; j++) {
                        if (document[j] == ',' && seen++ >= keep) {
                            out[j] = ' ';
                        }
                    }
                    removed.merge(kind, commas - keep, Integer::sum);
                }
                lastSignificant = ',';
                i = runEnd;
                continue;
            }
            if (!isBlank(b)) {
                if (b == '{' || b == '[') {
                    depth++;
                } else if ((b == '}' || b == ']') && depth > 0) {
                    depth--;
                    rootClosed = depth == 0;
                }
                lastSignificant = b;
            }
            i++;
        }
        return out == null ? Optional.empty() : Optional.of(new Repaired(out, Map.copyOf(removed)));
    }

    /** The index just past the string that starts at {@code start}, or the end of input. */
    private static int skipString(byte[] document, int start) {
        int i = start + 1;
        while (i < document.length) {
            byte b = document[i];
            if (b == '\\') {
                i += 2;
            } else if (b == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return document.length;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
