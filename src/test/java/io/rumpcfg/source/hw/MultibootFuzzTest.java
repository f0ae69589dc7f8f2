package io.rumpcfg.source.hw;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;

/**
 * Fuzzes the multiboot reader over guest memory built from the fuzz data: the info structure's
 * address comes first, the rest is memory. Every pointer a hostile boot loader could write is
 * checked, so the result is either the structure or an error, never an exception; and only the
 * first module is read, however many the table claims. What the source then makes of it
 * reaches diagnostics with no raw control character.
 */
class MultibootFuzzTest {
    static {
        // Load (and instrument) the reader before the first input is timed.
        MultibootInfo.read(ByteBuffer.allocate(64), 0);
    }

    @FuzzTest
    void readGivesInfoOrAnError(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The entry point Jazzer's own driver calls when -Pfuzz fuzzes this target. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        long address = data.consumeLong(0, 0xFFFF_FFFFL);
        ByteBuffer memory = ByteBuffer.wrap(data.consumeRemainingAsBytes());
        MultibootInfo.Read read = MultibootInfo.read(memory, address);
        if (read.info().isPresent() == !read.errors().isEmpty()) {
            throw new IllegalStateException("info and errors together, or neither: " + read);
        }
        java.util.List<MultibootModule> modules = read.info().map(MultibootInfo::modules).orElse(java.util.List.of());
        if (modules.size() > 1) {
            // A module table can fill memory: an object per entry would cost time and memory the guest controls.
            throw new IllegalStateException("more than the first module read: " + modules.size());
        }
        for (MultibootModule module : modules) {
            if (module.toString().isEmpty()) {
                throw new IllegalStateException("unprintable module");
            }
        }
        if (read.info().isPresent()) {
            // What the guest's memory says reaches a terminal only quoted: no control character gets through.
            for (io.rumpcfg.model.Diagnostic d : MultibootSource.of("fuzz", read.info().get()).read().diagnostics()) {
                for (int i = 0; i < d.message().length(); i++) {
                    char c = d.message().charAt(i);
                    if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                        throw new IllegalStateException("control character in a diagnostic: " + d);
                    }
                }
            }
        }
    }
}
