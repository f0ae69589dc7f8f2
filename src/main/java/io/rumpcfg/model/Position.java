package io.rumpcfg.model;

/**
 * A place in a source document: 1-based line and column (in characters), and the
 * 0-based byte offset. {@link #UNKNOWN} stands for elements made by code, not read.
 *
 * @param line   the 1-based line; 0 when unknown
 * @param column the 1-based column, counted in characters; 0 when unknown
 * @param offset the 0-based byte offset; negative when unknown
 */
public record Position(int line, int column, long offset) {
    /** The place of an element that was not read from a document. */
    public static final Position UNKNOWN = new Position(0, 0, -1);

    /**
     * Makes a place.
     *
     * @throws IllegalArgumentException if {@code line} or {@code column} is negative
     */
    public Position {
        checkPlace(line, column);
    }

    /** The rule for a place, here and in {@link Origin}. */
    static void checkPlace(int line, int column) {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
    }

    /**
     * The place at {@code line} and {@code column}, with no byte offset.
     *
     * @throws IllegalArgumentException if {@code line} or {@code column} is negative
     */
    public static Position of(int line, int column) {
        return new Position(line, column, -1);
    }

    /** Whether this place is in a document, rather than {@link #UNKNOWN}. */
    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
