package io.rumpcfg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Checks on raw configuration bytes that every source makes the same way. */
public final class ConfigBytes {
    /** The first buffer: most configurations are a few KiB, and the limit may be far larger. */
    private static final int FIRST_BUFFER = 8192;

    private ConfigBytes() {}

    /**
     * Reads at most {@code limit + 1} bytes, so that a longer input is seen to be too long without
     * being held in memory. The stream is not closed.
     *
     * <p>Read with plain {@code read} calls until the end or the limit, as a pipe, a FIFO or a
     * terminal is read: JDK 17's {@code FileInputStream.readNBytes} asks the file for its size
     * and position first, which fails with "Illegal seek" on anything but a regular file
     * ({@code rumpcfg validate <(...)}, {@code /dev/stdin} on a pipe).
     *
     * @return what was read; a length of {@code limit + 1} means "too long"
     * @throws IOException only when the stream itself fails to read
     */
    public static byte[] readAtMost(InputStream in, int limit) throws IOException {
        int most = limit + 1;
        byte[] buffer = new byte[Math.min(most, FIRST_BUFFER)];
        int filled = 0;
        while (filled < most) {
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(most, 2L * buffer.length));
            }
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
    }
}
