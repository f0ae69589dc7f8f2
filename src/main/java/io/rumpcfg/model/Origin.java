package io.rumpcfg.model;

import java.util.Objects;

/**
 * Where a model element came from: its path in the document and the place of the token
 * that started it, as a {@link Position} has it (1-based line and column in characters,
 * 0-based byte offset). Diagnostics and plan steps carry it so that every message can point
 * back at the text the user wrote.
 *
 * <p>The place is kept as its numbers, not as a {@code Position}: the parser makes an origin
 * for every element it reads, and a second object each was a tenth of what it allocated.
 * {@link #position()} makes one when asked.
 */
public record Origin(ElementPath path, int line, int column, long offset) {
    /** For elements that no document wrote, such as the default rc entries. */
    public static final Origin SYNTHETIC = new Origin(ElementPath.root(), Position.UNKNOWN);

    public Origin {
        Objects.requireNonNull(path, "path");
        Position.checkPlace(line, column);
    }

    public Origin(ElementPath path, Position position) {
        this(path, Objects.requireNonNull(position, "position").line(), position.column(), position.offset());
    }

    public static Origin of(String path, int line, int column) {
        return new Origin(ElementPath.parse(path), Position.of(line, column));
    }

    /** The place as a {@link Position}. */
    public Position position() {
        return new Position(line, column, offset);
    }

    @Override
    public String toString() {
        return path + "@" + position();
    }
}
