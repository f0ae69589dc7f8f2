package io.rumpcfg.source.hw;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One boot module: its name (what followed the file name in the loader's module line, or
 * the whole line for QEMU's {@code -initrd}), its bytes, a read-only view that is not copied,
 * and its size.
 *
 * @param name  the module's name; may be empty
 * @param bytes all of the module, or, for a module in a memory dump file larger than any
 *              source takes, only its first bytes: they are read from the file, and a longer
 *              module is refused by its size alone
 * @param size  how many bytes the module has, from mod_start to mod_end
 */
public record MultibootModule(String name, ByteBuffer bytes, long size) {
    /**
     * Makes a module, keeping a read-only view of {@code bytes} from its position to its limit.
     *
     * @throws NullPointerException     if {@code name} or {@code bytes} is null
     * @throws IllegalArgumentException if {@code size} is less than the bytes given
     */
    public MultibootModule {
        Objects.requireNonNull(name, "name");
        bytes = bytes.asReadOnlyBuffer();
        if (size < bytes.remaining()) {
            throw new IllegalArgumentException("size " + size + " is less than the " + bytes.remaining() + " bytes given");
        }
    }

    /** A module whose bytes are all given. */
    public MultibootModule(String name, ByteBuffer bytes) {
        this(name, bytes, bytes.remaining());
    }

    /** A module a runtime hands over itself. */
    public static MultibootModule of(String name, byte[] bytes) {
        return new MultibootModule(name, ByteBuffer.wrap(bytes.clone()));
    }

    /** Whether {@link #bytes} holds all of the module. */
    public boolean isWhole() {
        return bytes.remaining() == size;
    }

    /** A fresh view of the bytes, positioned at the first one. */
    @Override
    public ByteBuffer bytes() {
        return bytes.duplicate();
    }
}
