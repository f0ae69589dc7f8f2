package io.rumpcfg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an element sits in a configuration document, as a user would name it:
 * {@code net.interfaces.vioif0.addrs[0].method}, {@code mount["/data"].source}.
 *
 * <p>This class is the one place that decides how a path is spelt. Keys that look like
 * identifiers are joined with dots; any other key is quoted in brackets; array elements
 * are {@code [n]}.
 */
public final class ElementPath {
    private static final ElementPath ROOT = new ElementPath(null, null, 0);

    /*
     * A path is its parent and one segment: the parser makes a path for every value it
     * reads, so extending one must cost one small object, not a copy of the whole path.
     */
    private final ElementPath parent; // null for the root
    private final Object segment; // a String key or an Integer index; null for the root
    private final int depth;
    private int hash; // computed when first asked; 0 until then

    private ElementPath(ElementPath parent, Object segment, int depth) {
        this.parent = parent;
        this.segment = segment;
        this.depth = depth;
    }

    /** The document's root value; rendered as the empty string. */
    public static ElementPath root() {
        return ROOT;
    }

    /** Parses a rendered path back into its segments, e.g. for expectations in tests. */
    public static ElementPath parse(String rendered) {
        ElementPath path = ROOT;
        int i = 0;
        int n = rendered.length();
        while (i < n) {
            char c = rendered.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                if (i + 1 < n && rendered.charAt(i + 1) == '"') {
                    StringBuilder key = new StringBuilder();
                    int j = i + 2;
                    while (j < n && rendered.charAt(j) != '"') {
                        if (rendered.charAt(j) == '\\' && j + 5 < n && rendered.charAt(j + 1) == 'u') {
                            key.append((char) Integer.parseInt(rendered.substring(j + 2, j + 6), 16));
                            j += 6;
                            continue;
                        }
                        if (rendered.charAt(j) == '\\' && j + 1 < n) {
                            j++;
                        }
                        key.append(rendered.charAt(j++));
                    }
                    if (j + 1 >= n || rendered.charAt(j + 1) != ']') {
                        throw new IllegalArgumentException("unterminated key in path: " + rendered);
                    }
                    path = path.key(key.toString());
                    i = j + 2;
                } else {
                    int close = rendered.indexOf(']', i);
                    if (close < 0) {
                        throw new IllegalArgumentException("unterminated index in path: " + rendered);
                    }
                    path = path.index(Integer.parseInt(rendered.substring(i + 1, close)));
                    i = close + 1;
                }
            } else {
                int j = i;
                while (j < n && rendered.charAt(j) != '.' && rendered.charAt(j) != '[') {
                    j++;
                }
                path = path.key(rendered.substring(i, j));
                i = j;
            }
        }
        return path;
    }

    /** This path extended by an object member's key. */
    public ElementPath key(String key) {
        Objects.requireNonNull(key, "key");
        return new ElementPath(this, key, depth + 1);
    }

    /** This path extended by an array element's 0-based index. */
    public ElementPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index < 0: " + index);
        }
        return new ElementPath(this, index, depth + 1);
    }

    /** The number of segments; 0 for the root. */
    public int depth() {
        return depth;
    }

    /** Whether this is the root, the whole document. */
    public boolean isRoot() {
        return depth == 0;
    }

    /** The last segment's key, or empty if this is the root or ends in an index. */
    public Optional<String> lastKey() {
        return segment instanceof String ? Optional.of((String) segment) : Optional.empty();
    }

    /** Whether {@code other} is this path or lies beneath it. */
    public boolean contains(ElementPath other) {
        if (other.depth < depth) {
            return false;
        }
        ElementPath p = other;
        while (p.depth > depth) {
            p = p.parent;
        }
        return equals(p);
    }

    @Override
    public String toString() {
        Object[] segments = new Object[depth];
        for (ElementPath p = this; p.depth > 0; p = p.parent) {
            segments[p.depth - 1] = p.segment;
        }
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer) {
                out.append('[').append(segment).append(']');
            } else {
                String key = (String) segment;
                if (isIdentifier(key)) {
                    if (out.length() > 0) {
                        out.append('.');
                    }
                    out.append(key);
                } else {
                    out.append("[\"");
                    for (int i = 0; i < key.length(); i++) {
                        char c = key.charAt(i);
                        if (c == '"' || c == '\\') {
                            out.append('\\');
                        }
                        if (Character.getType(c) == Character.CONTROL) {
                            // A raw newline or NUL would break the one-line diagnostic it appears in.
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                    out.append("\"]");
                }
            }
        }
        return out.toString();
    }

    /** {@code [A-Za-z_][A-Za-z0-9_]*}: a key written with a dot rather than in brackets. */
    private static boolean isIdentifier(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ElementPath)) {
            return false;
        }
        ElementPath a = this;
        ElementPath b = (ElementPath) o;
        if (a.depth != b.depth) {
            return false;
        }
        while (a != b) { // the same depth, so both reach the root together
            if (!a.segment.equals(b.segment)) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && depth > 0) {
            h = 31 * parent.hashCode() + segment.hashCode();
            hash = h;
        }
        return h;
    }
}
