package io.rumpcfg.source.hw;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One boot module: its name (what followed the file name in the loader's module line, or
 * the whole line for QEMU's {@code -initrd}) and its bytes, a read-only view that is not copied.
 */
public record MultibootModule(String name, ByteBuffer bytes) {
    public MultibootModule {
        Objects.requireNonNull(name, "name");
        bytes = bytes.asReadOnlyBuffer();
    }

    /** A module a runtime hands over itself. */
    public static MultibootModule of(String name, byte[] bytes) {
        return new MultibootModule(name, ByteBuffer.wrap(bytes.clone()));
    }

    public int size() {
        return bytes.remaining();
    }

    /** A fresh view of the bytes, positioned at the first one. */
    @Override
    public ByteBuffer bytes() {
        return bytes.duplicate();
    }
}
