package io.rumpcfg.parse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Tells a plain document: one the token reader can read without its per-string checks. */
final class PlainDocument {
    private PlainDocument() {}

    /**
     * Whether the document is all ASCII without a backslash or DEL. In such a document no
     * string can hold a control character (Jackson refuses them raw, and there is no escape
     * to write one), a string's length is its size in UTF-8, and its text as written is its
     * decoded text: the token reader's per-string checks are then answered once for all, and
     * Jackson's columns in bytes are columns in characters.
     */
    static boolean is(byte[] document) {
        // Eight bytes at a time: this is the one pass over every byte of a document. A
        // ByteBuffer rather than a VarHandle view, which would spin classes at start-up.
        ByteBuffer words = ByteBuffer.wrap(document).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        // Two words a turn, their tests' bits joined before the one branch.
        for (; i + 2 * Long.BYTES <= document.length; i += 2 * Long.BYTES) {
            long a = words.getLong(i);
            long b = words.getLong(i + Long.BYTES);
            if ((delOrHighBits(a) | delOrHighBits(b) | byteBits(a, '\\') | byteBits(b, '\\')) != 0) {
                return false;
            }
        }
        for (; i < document.length; i++) {
            byte b = document[i];
            if (b < 0 || b == '\\' || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    /**
     * Not zero when one of the eight bytes of {@code word} is 0x7F (DEL) or above: its low
     * seven bits plus one carry into its high bit exactly when they are all set (which cannot
     * carry further), or its own high bit is set.
     */
    static long delOrHighBits(long word) {
        return (((word & LOW_SEVEN_BITS) + ONES) | word) & HIGH_BITS;
    }

    /**
     * Not zero when one of the eight bytes of {@code word} is {@code b} (the exact form of the
     * zero-byte test: no false positives).
     */
    static long byteBits(long word, int b) {
        long x = word ^ (ONES * b);
        return (x - ONES) & ~x & HIGH_BITS;
    }
}
