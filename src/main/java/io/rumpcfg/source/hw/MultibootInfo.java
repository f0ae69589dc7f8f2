package io.rumpcfg.source.hw;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceResult;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a Multiboot (v1) information structure a guest reads its configuration from.
 *
 * @param flags   the structure's flags word
 * @param cmdline the kernel command line, when flags bit 2 says there is one
 * @param modules the first boot module, the only one a guest reads (master's multiboot looks at
 *                mbm[0] alone); empty unless flags bit 3 is set, mods_count is not 0 and mods_addr
 *                is not 0. A runtime handing over modules itself may give more.
 */
public record MultibootInfo(long flags, Optional<String> cmdline, List<MultibootModule> modules) {
    /** Flags bit 2: the cmdline field is valid. */
    public static final long FLAG_CMDLINE = 1L << 2;
    /** Flags bit 3: the mods_count and mods_addr fields are valid. */
    public static final long FLAG_MODS = 1L << 3;

    static final int OFF_CMDLINE = 16;
    static final int OFF_MODS_COUNT = 20;
    static final int OFF_MODS_ADDR = 24;
    static final int MODULE_ENTRY_BYTES = 16;
    /** A module name longer than this is taken for a missing terminator. */
    static final int MAX_NAME_BYTES = 4096;
    /**
     * The most of a module read from a dump file: more than any source takes, so that a longer
     * module costs no memory and is still reported with its whole size.
     */
    static final int MAX_MODULE_READ = SourceResult.MAX_CONFIG_BYTES + 1;

    /**
     * Makes a structure, copying the modules.
     *
     * @throws NullPointerException if any component, or any module, is null
     */
    public MultibootInfo {
        Objects.requireNonNull(cmdline, "cmdline");
        modules = List.copyOf(modules);
    }

    /**
     * What reading an information structure gave: the structure, or the errors that stopped it.
     *
     * @param info   the structure, when it could be read
     * @param errors why it could not; empty when {@code info} is present
     */
    public record Read(Optional<MultibootInfo> info, List<Diagnostic> errors) {
        /**
         * Makes an outcome, copying the errors.
         *
         * @throws NullPointerException if any component, or any error, is null
         */
        public Read {
            Objects.requireNonNull(info, "info");
            errors = List.copyOf(errors);
        }
    }

    /**
     * Reads the structure at {@code address} in {@code memory}, guest physical memory from
     * address 0. Every pointer and range is checked against the memory; a bad one is an error
     * in the result, never an exception. Module bytes are views into {@code memory}, not copies.
     */
    public static Read read(ByteBuffer memory, long address) {
        return read(GuestMemory.of(memory), address);
    }

    /**
     * As {@link #read(ByteBuffer, long)}, over any memory. The module table is checked to lie
     * inside memory, all mods_count entries of it, but only its first entry is read: a count
     * is guest data, and building an object per entry would let it cost any time and memory.
     */
    static Read read(GuestMemory mem, long address) {
        try {
            long flags = mem.u32(address, "flags");
            Optional<String> cmdline = Optional.empty();
            if ((flags & FLAG_CMDLINE) != 0) {
                long at = mem.u32(address + OFF_CMDLINE, "cmdline");
                cmdline = Optional.of(mem.cString(at, "cmdline", SourceLimit.CMDLINE_BYTES));
            }
            List<MultibootModule> modules = new ArrayList<>();
            if ((flags & FLAG_MODS) != 0) {
                long count = mem.u32(address + OFF_MODS_COUNT, "mods_count");
                long table = mem.u32(address + OFF_MODS_ADDR, "mods_addr");
                if (table == 0) {
                    // A null table holds no module: the guest does not look at one (platform/hw/multiboot.c).
                    count = 0;
                }
                mem.check(table, table + count * MODULE_ENTRY_BYTES, "the module table of " + count + " entries");
                if (count > 0) {
                    modules.add(module(mem, table, 0));
                }
            }
            return new Read(Optional.of(new MultibootInfo(flags, cmdline, modules)), List.of());
        } catch (GuestMemory.BadPointer e) {
            return new Read(Optional.empty(), List.of(e.diagnostic()));
        }
    }

    private static MultibootModule module(GuestMemory mem, long entry, int index) throws GuestMemory.BadPointer {
        String what = "module " + index;
        long start = mem.u32(entry, what + " mod_start");
        long end = mem.u32(entry + 4, what + " mod_end");
        long name = mem.u32(entry + 8, what + " string");
        if (end < start) {
            throw new GuestMemory.BadPointer(HwDiagnostics.endBeforeStart(index, start, end));
        }
        mem.check(start, end, what);
        long size = end - start;
        ByteBuffer bytes = mem.at(start, (int) (mem.viewsAreFree() ? size : Math.min(size, MAX_MODULE_READ)));
        return new MultibootModule(mem.cString(name, what + " name", MAX_NAME_BYTES), bytes, size);
    }
}
