package io.rumpcfg.source.spec;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.cmdline.CmdlineSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code cmdline-file:FILE}: a kernel command line held in a file, read as a file is (64 KiB at
 * most), then as {@link CmdlineSource} reads a command line. Its bytes reach the guest's rules
 * as they are, unlike {@code cmdline:TEXT}, which the JVM has decoded from argv. One line feed
 * at the very end is the file's line end ({@code /proc/cmdline} has one), not the command
 * line's, and is dropped.
 */
final class CmdlineFileSource implements ConfigSource {
    private final Path path;
    private final Optional<Platform> platform;

    CmdlineFileSource(Path path, Optional<Platform> platform) {
        this.path = path;
        this.platform = platform;
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public SourceResult read() {
        SourceResult file = StreamSource.file(path).read();
        if (file.config().isEmpty()) {
            return file;
        }
        byte[] text = file.config().get();
        if (text.length > 0 && text[text.length - 1] == '\n') {
            text = Arrays.copyOf(text, text.length - 1);
        }
        return new CmdlineSource(name(), text, platform).read();
    }
}
