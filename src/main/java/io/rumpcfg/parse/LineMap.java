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
    /** Where each line found so far starts; lines are found as positions are asked for. */
    private int[] lineStarts;
    private int lines = 1;
    /** How far a look back has looked for lines; the walks find the others. */
    private int scanned;
    private int lastLine;
    private int lastOffset;
    private int lastColumn = 1;
    /** Bytes walked to count columns, for the test that keeps this linear in the document's size. */
    long walked;

    private static final int BOM_LENGTH = 3;
    /** Whether the document starts with a UTF-8 byte-order mark. */
    private final boolean bom;

    /** The first line's start, shared: a map that is never asked (a plain document read without a problem) allocates nothing. */
    private static final int[] FIRST_LINE = {0};

    LineMap(byte[] bytes) {
        this.bytes = bytes;
        this.lineStarts = FIRST_LINE;
        this.bom = bytes.length >= BOM_LENGTH && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** The position of the byte at {@code offset}; offsets past the end are clamped to it. */
    Position at(long offset) {
        int at = (int) Math.max(0, Math.min(offset, bytes.length));
        int line;
        int from;
        int column;
        if (at >= lastOffset) {
            // Readers ask in document order: go on from the last answer, so that the lines and
            // a long line's columns (a minified document is one line) are counted once, and
            // the document is walked once, as far as positions are asked for.
            line = lastLine;
            from = lastOffset;
            column = lastColumn;
        } else {
            scan(at);
            line = Arrays.binarySearch(lineStarts, 0, lines, at);
            if (line < 0) {
                line = -line - 2;
            }
            from = lineStarts[line];
            column = 1;
        }
        if (from == 0 && bom) {
            from = Math.min(at, BOM_LENGTH); // a byte-order mark is no character of line 1
        }
        walked += at - from;
        for (int i = from; i < at; i++) {
            if (endsLine(bytes, i)) {
                line++;
                column = 1;
                found(i + 1);
            } else if ((bytes[i] & 0xC0) != 0x80) { // not a UTF-8 continuation byte: a new character
                column++;
            }
        }
        lastLine = line;
        lastOffset = at;
        lastColumn = column;
        return new Position(line + 1, column, at);
    }

    /** Whether the byte at {@code i} ends a line: an LF, a lone CR, or the LF of a CRLF (which ends one line). */
    static boolean endsLine(byte[] bytes, int i) {
        byte b = bytes[i];
        return b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'));
    }

    /** Records that a line starts at {@code start}, if not known yet: lines are found in order. */
    private void found(int start) {
        if (start <= lineStarts[lines - 1]) {
            return;
        }
        if (lines == lineStarts.length) {
            // At first sized for lines of about 40 bytes; most documents then never grow it.
            lineStarts = Arrays.copyOf(lineStarts, Math.max(lines * 2, 16 + bytes.length / 40));
        }
        lineStarts[lines++] = start;
    }

    /** Finds the line starts up to {@code offset}, for a look back. */
    private void scan(int offset) {
        for (int i = Math.max(scanned, lineStarts[lines - 1]); i < offset; i++) {
            if (endsLine(bytes, i)) {
                found(i + 1);
            }
        }
        scanned = Math.max(scanned, offset);
    }
}
