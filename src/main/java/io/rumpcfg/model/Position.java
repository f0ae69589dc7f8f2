package io.rumpcfg.model;

/**
 * A place in a source document: 1-based line and column (in characters), and the
 * 0-based byte offset. {@link #UNKNOWN} stands for elements made by code, not read.
 */
public record Position(int line, int column, long offset) {
    public static final Position UNKNOWN = new Position(0, 0, -1);

    public Position {
        checkPlace(line, column);
    }

    /** The rule for a place, here and in {@link Origin}. */
    static void checkPlace(int line, int column) {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
    }

    public static Position of(int line, int column) {
        return new Position(line, column, -1);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
