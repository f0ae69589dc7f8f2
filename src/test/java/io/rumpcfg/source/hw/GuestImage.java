package io.rumpcfg.source.hw;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds guest physical memory byte by byte, as a multiboot loader would leave it. */
final class GuestImage {
    private final ByteBuffer memory;

    GuestImage(int size) {
        memory = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    GuestImage u32(int address, long value) {
        memory.putInt(address, (int) value);
        return this;
    }

    GuestImage bytes(int address, byte[] bytes) {
        memory.put(address, bytes);
        return this;
    }

    /** A NUL-terminated string. */
    GuestImage cString(int address, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return bytes(address, b).bytes(address + b.length, new byte[] {0});
    }

    /** The information structure's fields this source reads. */
    GuestImage info(int address, long flags, long cmdline, long modsCount, long modsAddr) {
        return u32(address, flags).u32(address + 16, cmdline).u32(address + 20, modsCount).u32(address + 24, modsAddr);
    }

    /** One 16-byte module table entry. */
    GuestImage module(int entry, long start, long end, long name) {
        return u32(entry, start).u32(entry + 4, end).u32(entry + 8, name).u32(entry + 12, 0);
    }

    ByteBuffer buffer() {
        return memory.duplicate().order(ByteOrder.LITTLE_ENDIAN).clear();
    }

    byte[] array() {
        return memory.array().clone();
    }
}
