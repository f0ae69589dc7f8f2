package io.rumpcfg.parse;

import io.rumpcfg.model.Position;
import java.util.Arrays;

/**
 * Turns a byte offset into a line and column. Jackson counts columns in bytes, which is
 * wrong after any non-ASCII character; here a column counts characters (Unicode code
 * points, 1-based; a tab is one), so {@code "é": 1} puts the {@code 1} in column 6.
 * A line ends at LF, CRLF or a lone CR. Not thread-safe: it remembers its last answer.
 */
final class LineMap {
    private final byte[] bytes;
    private final int[] lineStarts;
    private int lastLine;
    private int lastOffset;
    private int lastColumn = 1;
    /** Bytes walked to count columns, for the test that keeps this linear in the document's size. */
    long walked;

    LineMap(byte[] bytes) {
        this.bytes = bytes;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < bytes.length; i++) {
            boolean end = bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'));
            if (end) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** The position of the byte at {@code offset}; offsets past the end are clamped to it. */
    Position at(long offset) {
        int at = (int) Math.max(0, Math.min(offset, bytes.length));
        int line;
        int from;
        int column;
        if (at >= lastOffset) {
            // Readers ask in document order: go on from the last answer, so that the lines and
            // a long line's columns (a minified document is one line) are counted once.
            line = lastLine;
            from = lastOffset;
            column = lastColumn;
            while (at >= lineEnd(line)) {
                line++;
                from = lineStarts[line];
                column = 1;
            }
        } else {
            line = Arrays.binarySearch(lineStarts, at);
            if (line < 0) {
                line = -line - 2;
            }
            from = lineStarts[line];
            column = 1;
        }
        walked += at - from;
        for (int i = from; i < at; i++) {
            if ((bytes[i] & 0xC0) != 0x80) { // not a UTF-8 continuation byte: a new character
                column++;
            }
        }
        lastLine = line;
        lastOffset = at;
        lastColumn = column;
        return new Position(line + 1, column, at);
    }

    /** The offset where the line after {@code line} starts, or past the end for the last line. */
    private int lineEnd(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] : bytes.length + 1;
    }
}
