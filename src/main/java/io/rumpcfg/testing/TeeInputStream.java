package io.rumpcfg.testing;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Copies what is read into a buffer: the fake's record of a program's stdin. */
final class TeeInputStream extends FilterInputStream {
    private final ByteArrayOutputStream copy;

    TeeInputStream(InputStream in, ByteArrayOutputStream copy) {
        super(in);
        this.copy = copy;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            synchronized (copy) {
                copy.write(b);
            }
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            synchronized (copy) {
                copy.write(buffer, offset, n);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes were received too; read them so the record stays whole.
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }
}
