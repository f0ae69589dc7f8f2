package io.rumpcfg.source.hw;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceDiagnostics;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuestMemoryTest {
    private static final int INFO = 0x9000;

    @TempDir
    Path dir;

    @Test
    void aDumpThatShrinksWhileItIsReadIsADiagnostic() throws Exception {
        // A mapped dump would fault (SIGBUS, a JVM InternalError) on the first page past the new end.
        Path file = dir.resolve("mem.img");
        Files.write(file, new GuestImage(0x20000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, 0x10000, 0x10002, 0x9300)
                .cString(0x9300, "config.json")
                .array());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            GuestMemory memory = GuestMemory.of(channel, channel.size(), "memory image mem.img");
            try (FileChannel writer = FileChannel.open(file, StandardOpenOption.WRITE)) {
                writer.truncate(0x9100);
            }
            MultibootInfo.Read read = MultibootInfo.read(memory, INFO);
            assertThat(read.info()).isEmpty();
            assertThat(read.errors()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_UNREADABLE);
            assertThat(read.errors().get(0).message()).isEqualTo("cannot read memory image mem.img: it ends at "
                    + "0x9200, though it was 0x20000 bytes when opened (changed while being read?)");
        }
    }
}
