package io.rumpcfg.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an element sits in a configuration document, as a user would name it:
 * {@code net.interfaces.vioif0.addrs[0].method}, {@code mount["/data"].source}.
 *
 * <p>This class is the one place that decides how a path is spelt. Keys that look like
 * identifiers are joined with dots; any other key is quoted in brackets; array elements
 * are {@code [n]}.
 */
public final class ElementPath {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final ElementPath ROOT = new ElementPath(List.of());

    private final List<Object> segments; // String keys and Integer indexes

    private ElementPath(List<Object> segments) {
        this.segments = segments;
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
        return append(key);
    }

    /** This path extended by an array element's 0-based index. */
    public ElementPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index < 0: " + index);
        }
        return append(index);
    }

    private ElementPath append(Object segment) {
        List<Object> next = new ArrayList<>(segments.size() + 1);
        next.addAll(segments);
        next.add(segment);
        return new ElementPath(Collections.unmodifiableList(next));
    }

    /** The number of segments; 0 for the root. */
    public int depth() {
        return segments.size();
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The last segment's key, or empty if this is the root or ends in an index. */
    public java.util.Optional<String> lastKey() {
        if (segments.isEmpty() || !(segments.get(segments.size() - 1) instanceof String)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of((String) segments.get(segments.size() - 1));
    }

    /** Whether {@code other} is this path or lies beneath it. */
    public boolean contains(ElementPath other) {
        return other.segments.size() >= segments.size()
                && other.segments.subList(0, segments.size()).equals(segments);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer) {
                out.append('[').append(segment).append(']');
            } else {
                String key = (String) segment;
                if (IDENTIFIER.matcher(key).matches()) {
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ElementPath && ((ElementPath) o).segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }
}
