package io.rumpcfg.parse;

import io.rumpcfg.model.Position;
import java.util.Arrays;

/**
 * Turns a byte offset into a line and column. Jackson counts columns in bytes, which is
 * wrong after any non-ASCII character; here a column counts characters (Unicode code
 * points, 1-based; a tab is one), so {@code "é": 1} puts the {@code 1} in column 6.
 * A line ends at LF, CRLF or a lone CR.
 */
final class LineMap {
    private final byte[] bytes;
    private final int[] lineStarts;

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
        int line = Arrays.binarySearch(lineStarts, at);
        if (line < 0) {
            line = -line - 2;
        }
        int column = 1;
        for (int i = lineStarts[line]; i < at; i++) {
            if ((bytes[i] & 0xC0) != 0x80) { // not a UTF-8 continuation byte: a new character
                column++;
            }
        }
        return new Position(line + 1, column, at);
    }
}
