package io.rumpcfg.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/** Checks on raw configuration bytes that every source makes the same way. */
public final class ConfigBytes {
    private ConfigBytes() {}

    /**
     * Reads at most {@code limit + 1} bytes, so that a longer input is seen to be too long without
     * being held in memory. Returns what was read; a length of {@code limit + 1} means "too long".
     */
    public static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit + 1);
    }

    /** {@code bytes} without trailing NULs: loaders pad modules to a page, C strings end in one. */
    public static byte[] stripTrailingNuls(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
    }

    /**
     * Why {@code bytes} cannot be a JSON object, or empty if its first byte after white space is
     * {@code {}. Only the start is checked; the parser reports anything wrong after it.
     */
    public static Optional<String> notAnObject(byte[] bytes) {
        for (byte b : bytes) {
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                continue;
            }
            if (b == '{') {
                return Optional.empty();
            }
            return Optional.of(String.format("it starts with byte 0x%02x", b & 0xff));
        }
        return Optional.of(bytes.length == 0 ? "it is empty" : "it holds only white space");
    }
}
