package io.rumpcfg.source.hw;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/** A multiboot source over a memory dump file, read where its pointers lead, never whole. */
final class MultibootImageSource implements ConfigSource {
    private final Path image;
    private final long infoAddress;
    private final Optional<Platform> platform;

    MultibootImageSource(Path image, long infoAddress, Optional<Platform> platform) {
        this.image = image;
        this.infoAddress = infoAddress;
        this.platform = platform;
    }

    @Override
    public String name() {
        return "multiboot:" + image + "@0x" + Long.toHexString(infoAddress);
    }

    @Override
    public SourceResult read() {
        MultibootInfo.Read read;
        try {
            // Opening a FIFO for reading waits for a writer; a dump is a file with a size.
            if (!Files.readAttributes(image, BasicFileAttributes.class).isRegularFile()) {
                return SourceResult.none(name(), BootOptions.none(),
                        List.of(SourceDiagnostics.unreadable("memory image " + image, "not a regular file")));
            }
        } catch (IOException | RuntimeException e) {
            return SourceResult.none(name(), BootOptions.none(),
                    List.of(SourceDiagnostics.unreadable("memory image " + image, SourceDiagnostics.reasonOf(e))));
        }
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
            // Read with positional reads, not mapped: see GuestMemory. Pointers are 32 bits, so
            // any size a file has is reachable; nothing is read that a pointer does not name.
            read = MultibootInfo.read(GuestMemory.of(channel, channel.size(), "memory image " + image), infoAddress);
        } catch (IOException | RuntimeException e) {
            return SourceResult.none(name(), BootOptions.none(),
                    List.of(SourceDiagnostics.unreadable("memory image " + image, SourceDiagnostics.reasonOf(e))));
        }
        if (read.info().isEmpty()) {
            return SourceResult.none(name(), BootOptions.none(), read.errors());
        }
        MultibootSource source = MultibootSource.of(name(), read.info().get());
        return (platform.isPresent() ? source.withPlatform(platform.get()) : source).read();
    }
}
