package io.rumpcfg.model;

import java.util.Objects;

/**
 * Where a model element came from: its path in the document and the place of the token
 * that started it, as a {@link Position} has it (1-based line and column in characters,
 * 0-based byte offset). Diagnostics and plan steps carry it so that every message can point
 * back at the text the user wrote. Two origins are equal when their paths and places are.
 *
 * <p>A class rather than a record, for the boot path: the parser makes an origin for every
 * element it reads, and most origins are never asked for their path (only a diagnostic or a
 * printed plan does). An origin made by {@link #ofMember} keeps its parent's path and its key,
 * and makes its own path the first time {@link #path()} is called; a path per element was an
 * eighth of what parsing a large document allocated. For the same reason the place is kept as
 * its numbers, not as a {@code Position}; {@link #position()} makes one when asked.
 */
public final class Origin {
    /** For elements that no document wrote, such as the default rc entries. */
    public static final Origin SYNTHETIC = new Origin(ElementPath.root(), Position.UNKNOWN);

    /** The path, once made; null until then for an origin made by {@link #ofMember}. */
    private ElementPath path;
    private final ElementPath parent;
    private final String key;
    private final int line;
    private final int column;
    private final long offset;

    /**
     * The origin of the element at {@code path}, started by the token at {@code line},
     * {@code column} (1-based, 0 when unknown) and byte {@code offset} (0-based, negative when
     * unknown).
     *
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is negative
     */
    public Origin(ElementPath path, int line, int column, long offset) {
        this(Objects.requireNonNull(path, "path"), null, null, line, column, offset);
    }

    /**
     * The origin of the element at {@code path}, started by the token at {@code position}.
     *
     * @throws NullPointerException if either argument is null
     */
    public Origin(ElementPath path, Position position) {
        this(path, Objects.requireNonNull(position, "position").line(), position.column(), position.offset());
    }

    private Origin(ElementPath path, ElementPath parent, String key, int line, int column, long offset) {
        Position.checkPlace(line, column);
        this.path = path;
        this.parent = parent;
        this.key = key;
        this.line = line;
        this.column = column;
        this.offset = offset;
    }

    /**
     * The origin at a path written as text, such as {@code net.interfaces.vioif0}, with no byte
     * offset; a shorthand for tests and examples.
     *
     * @throws IllegalArgumentException if {@code path} is not a path or the place is negative
     */
    public static Origin of(String path, int line, int column) {
        return new Origin(ElementPath.parse(path), Position.of(line, column));
    }

    /**
     * The origin of the member {@code key} of the element at {@code parent}: the same as
     * {@code new Origin(parent.key(key), line, column, offset)}, with the path made only when
     * {@link #path()} is first called.
     */
    public static Origin ofMember(ElementPath parent, String key, int line, int column, long offset) {
        return new Origin(null, Objects.requireNonNull(parent, "parent"), Objects.requireNonNull(key, "key"), line, column,
                offset);
    }

    /** The element's path in the document. */
    public ElementPath path() {
        ElementPath p = path;
        if (p == null) {
            // Two threads may both make it: paths are immutable and equal, so either will do.
            p = parent.key(key);
            path = p;
        }
        return p;
    }

    /** The 1-based line of the token that started the element; 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, in characters, of the token that started the element; 0 when unknown. */
    public int column() {
        return column;
    }

    /** The 0-based byte offset of the token that started the element; negative when unknown. */
    public long offset() {
        return offset;
    }

    /** The place as a {@link Position}. */
    public Position position() {
        return new Position(line, column, offset);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Origin)) {
            return false;
        }
        Origin other = (Origin) o;
        return line == other.line && column == other.column && offset == other.offset && path().equals(other.path());
    }

    @Override
    public int hashCode() {
        int h = path().hashCode();
        h = 31 * h + line;
        h = 31 * h + column;
        return 31 * h + Long.hashCode(offset);
    }

    @Override
    public String toString() {
        return path() + "@" + position();
    }
}
