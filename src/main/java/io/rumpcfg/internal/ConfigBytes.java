package io.rumpcfg.internal;

import java.io.IOException;
import java.io.InputStream;

/** Checks on raw configuration bytes that every source makes the same way. */
public final class ConfigBytes {
    private ConfigBytes() {}

    /**
     * Reads at most {@code limit + 1} bytes, so that a longer input is seen to be too long without
     * being held in memory. The stream is not closed.
     *
     * @return what was read; a length of {@code limit + 1} means "too long"
     * @throws IOException only when the stream itself fails to read
     */
    public static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit + 1);
    }
}
