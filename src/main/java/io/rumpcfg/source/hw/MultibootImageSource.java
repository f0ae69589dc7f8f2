package io.rumpcfg.source.hw;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/** A multiboot source over a memory dump file, mapped read-only. */
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
        MappedByteBuffer memory;
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
            // A ByteBuffer holds at most 2 GiB; anything a pointer reaches above that is "outside memory".
            long size = Math.min(channel.size(), Integer.MAX_VALUE);
            memory = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (IOException | RuntimeException e) {
            return SourceResult.none(name(), BootOptions.none(),
                    List.of(SourceDiagnostics.unreadable("memory image " + image, SourceDiagnostics.reasonOf(e))));
        }
        memory.order(ByteOrder.LITTLE_ENDIAN);
        MultibootInfo.Read read = MultibootInfo.read(memory, infoAddress);
        if (read.info().isEmpty()) {
            return SourceResult.none(name(), BootOptions.none(), read.errors());
        }
        MultibootSource source = MultibootSource.of(name(), read.info().get());
        return (platform.isPresent() ? source.withPlatform(platform.get()) : source).read();
    }
}
