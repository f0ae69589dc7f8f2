package io.rumpcfg.source.hw;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceDiagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Guest physical memory from address 0, read only through bounds-checked accessors: a buffer a
 * caller hands over, or a dump file read with positional reads. A dump is never mapped: a file
 * that shrinks under a mapping faults (SIGBUS) on the next touch, while a read just comes back
 * short, which is a diagnostic like any other.
 */
abstract class GuestMemory {
    /** A pointer or range that the memory does not hold, or a read that failed; caught by the reader. */
    static final class BadPointer extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        BadPointer(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** Memory already in a buffer; ranges are views of it, not copies. */
    static GuestMemory of(ByteBuffer memory) {
        return new InBuffer(memory.duplicate().order(ByteOrder.LITTLE_ENDIAN));
    }

    /**
     * A dump file of {@code size} bytes, the size it had when opened; {@code name} names it in
     * the diagnostic when it turns out shorter.
     */
    static GuestMemory of(FileChannel file, long size, String name) {
        return new InFile(file, size, name);
    }

    abstract long size();

    /** {@code length} bytes at {@code address}, which {@link #check} has found inside memory. */
    abstract ByteBuffer at(long address, int length) throws BadPointer;

    /** Whether {@link #at} is a view that costs nothing, rather than a copy read from a file. */
    abstract boolean viewsAreFree();

    /** Throws unless memory holds all of {@code [start, end)}; reads nothing. */
    void check(long start, long end, String what) throws BadPointer {
        if (start < 0 || end < start || end > size()) {
            throw new BadPointer(HwDiagnostics.outsideMemory(what, start, end, size()));
        }
    }

    long u32(long address, String field) throws BadPointer {
        check(address, address + 4, field);
        return Integer.toUnsignedLong(at(address, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(0));
    }

    /** The NUL-terminated string at {@code address}, looking no further than {@code max} bytes. */
    String cString(long address, String what, int max) throws BadPointer {
        if (address < 0 || address >= size()) {
            throw new BadPointer(HwDiagnostics.outsideMemory(what, address, address + 1, size()));
        }
        int length = (int) Math.min(size() - address, max);
        ByteBuffer bytes = at(address, length);
        for (int i = 0; i < length; i++) {
            if (bytes.get(i) == 0) {
                byte[] text = new byte[i];
                bytes.get(0, text);
                return new String(text, StandardCharsets.UTF_8);
            }
        }
        throw new BadPointer(HwDiagnostics.noTerminator(what, address, length));
    }

    private static final class InBuffer extends GuestMemory {
        private final ByteBuffer memory;

        InBuffer(ByteBuffer memory) {
            this.memory = memory;
        }

        @Override
        long size() {
            return memory.capacity();
        }

        @Override
        ByteBuffer at(long address, int length) {
            return memory.slice((int) address, length).asReadOnlyBuffer();
        }

        @Override
        boolean viewsAreFree() {
            return true;
        }
    }

    private static final class InFile extends GuestMemory {
        private final FileChannel file;
        private final long size;
        private final String name;

        InFile(FileChannel file, long size, String name) {
            this.file = file;
            this.size = size;
            this.name = name;
        }

        @Override
        long size() {
            return size;
        }

        @Override
        ByteBuffer at(long address, int length) throws BadPointer {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            try {
                while (buffer.hasRemaining()) {
                    if (file.read(buffer, address + buffer.position()) < 0) {
                        throw new BadPointer(SourceDiagnostics.unreadable(name, String.format(
                                "it ends at 0x%x, though it was 0x%x bytes when opened (changed while being read?)",
                                address + buffer.position(), size)));
                    }
                }
            } catch (IOException e) {
                throw new BadPointer(SourceDiagnostics.unreadable(name, SourceDiagnostics.reasonOf(e)));
            }
            return buffer.flip();
        }

        @Override
        boolean viewsAreFree() {
            return false;
        }
    }
}
