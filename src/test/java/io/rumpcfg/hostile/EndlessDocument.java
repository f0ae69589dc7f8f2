package io.rumpcfg.hostile;

import java.io.InputStream;

/**
 * A huge document that costs no memory: a "{" and then spaces, up to {@code size} bytes,
 * counting what was read so a test can show a reader stopped early.
 */
public final class EndlessDocument extends InputStream {
    private final long size;
    private long read;

    /** A document of {@code size} bytes. */
    public EndlessDocument(long size) {
        this.size = size;
    }

    /** A document with no end. */
    public EndlessDocument() {
        this(Long.MAX_VALUE);
    }

    /** How many bytes were read so far. */
    public long bytesRead() {
        return read;
    }

    @Override
    public int read() {
        if (read >= size) {
            return -1;
        }
        return read++ == 0 ? '{' : ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (read >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - read);
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) read();
        }
        return n;
    }
}
