package io.rumpcfg.source.hw;

import io.rumpcfg.model.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Guest physical memory from address 0, read only through bounds-checked accessors. */
final class GuestMemory {
    private final ByteBuffer memory; // little-endian

    GuestMemory(ByteBuffer memory) {
        this.memory = memory;
    }

    /** A pointer or range that the memory does not hold; caught by the reader, never escaping. */
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

    long size() {
        return memory.capacity();
    }

    long u32(long address, String field) throws BadPointer {
        range(address, address + 4, field);
        return Integer.toUnsignedLong(memory.getInt((int) address));
    }

    /** A view of {@code [start, end)}. */
    ByteBuffer range(long start, long end, String what) throws BadPointer {
        if (start < 0 || end > size()) {
            throw new BadPointer(HwDiagnostics.outsideMemory(what, start, end, size()));
        }
        return memory.slice((int) start, (int) (end - start)).asReadOnlyBuffer();
    }

    /** The NUL-terminated string at {@code address}, looking no further than {@code max} bytes. */
    String cString(long address, String what, int max) throws BadPointer {
        if (address < 0 || address >= size()) {
            throw new BadPointer(HwDiagnostics.outsideMemory(what, address, address + 1, size()));
        }
        long limit = Math.min(size(), address + max);
        for (long at = address; at < limit; at++) {
            if (memory.get((int) at) == 0) {
                byte[] bytes = new byte[(int) (at - address)];
                memory.get((int) address, bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }
        throw new BadPointer(HwDiagnostics.noTerminator(what, address, limit - address));
    }
}
