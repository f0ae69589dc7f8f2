package io.rumpcfg.model;

import java.util.Objects;

/**
 * Where a model element came from: its path in the document and the position of the
 * token that started it. Diagnostics and plan steps carry it so that every message can
 * point back at the text the user wrote.
 */
public record Origin(ElementPath path, Position position) {
    /** For elements that no document wrote, such as the default rc entries. */
    public static final Origin SYNTHETIC = new Origin(ElementPath.root(), Position.UNKNOWN);

    public Origin {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(position, "position");
    }

    public static Origin of(String path, int line, int column) {
        return new Origin(ElementPath.parse(path), Position.of(line, column));
    }

    public int line() {
        return position.line();
    }

    @Override
    public String toString() {
        return path + "@" + position;
    }
}
