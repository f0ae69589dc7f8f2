package io.rumpcfg.process;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The last {@link #KEPT_BYTES} bytes a program wrote to one stream, and how many came before
 * them: a program may write without end, and only this much of it stays in the heap. The
 * buffer grows as bytes come, so that many quiet programs cost little.
 */
final class OutputTail extends OutputStream {
    /** Kept per stream: enough for the end of a log, bounded whatever the program writes. */
    static final int KEPT_BYTES = 64 * 1024;
    private static final int FIRST_CAPACITY = 256;

    private byte[] buffer = new byte[0];
    /** Where the oldest kept byte is, once the buffer is full and used as a ring. */
    private int start;
    private int kept;
    private long total;

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        total += length;
        if (length >= KEPT_BYTES) {
            buffer = Arrays.copyOfRange(bytes, offset + length - KEPT_BYTES, offset + length);
            start = 0;
            kept = KEPT_BYTES;
            return;
        }
        if (kept + length > buffer.length && buffer.length < KEPT_BYTES) {
            grow(kept + length);
        }
        while (length > 0) {
            int n;
            if (kept < buffer.length) { // filling: start is still 0
                n = Math.min(length, buffer.length - kept);
                System.arraycopy(bytes, offset, buffer, kept, n);
                kept += n;
            } else { // full: overwrite the oldest bytes
                n = Math.min(length, buffer.length - start);
                System.arraycopy(bytes, offset, buffer, start, n);
                start = (start + n) % buffer.length;
            }
            offset += n;
            length -= n;
        }
    }

    /** Grows the buffer (not yet a ring: start is 0 until it is full) towards the bound. */
    private void grow(int needed) {
        int capacity = Math.max(FIRST_CAPACITY, buffer.length);
        while (capacity < needed && capacity < KEPT_BYTES) {
            capacity *= 2;
        }
        buffer = Arrays.copyOf(buffer, Math.min(capacity, KEPT_BYTES));
    }

    /** How many bytes were written and not kept. */
    synchronized long dropped() {
        return total - kept;
    }

    /**
     * The kept bytes as UTF-8 text. When earlier bytes were dropped, the cut may fall inside a
     * character: its leftover continuation bytes are left out rather than shown as U+FFFD.
     */
    synchronized String text() {
        byte[] bytes = new byte[kept];
        for (int i = 0; i < kept; i++) {
            bytes[i] = buffer[(start + i) % buffer.length];
        }
        int from = 0;
        if (total > kept) {
            while (from < bytes.length && from < 3 && (bytes[from] & 0xC0) == 0x80) {
                from++;
            }
        }
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }
}
