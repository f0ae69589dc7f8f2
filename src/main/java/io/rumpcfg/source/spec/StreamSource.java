package io.rumpcfg.source.spec;

import io.rumpcfg.internal.ConfigBytes;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** A configuration file on the host, or standard input; read no further than the limit allows. */
final class StreamSource implements ConfigSource {
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;
    private final boolean close;

    private StreamSource(String name, Opener opener, boolean close) {
        this.name = name;
        this.opener = opener;
        this.close = close;
    }

    static StreamSource file(Path path) {
        return new StreamSource(path.toString(), new Opener() {
            @Override
            public InputStream open() throws IOException {
                // java.io opens a file without NIO's channel and direct-buffer classes, which a
                // cold start would otherwise load (docs/performance.md). Its exception says
                // why only in words: on failure NIO opens it again to throw the exception of
                // that reason (no such file, access denied), which the diagnostic names.
                try {
                    return new FileInputStream(path.toFile());
                } catch (FileNotFoundException e) {
                    return Files.newInputStream(path);
                }
            }
        }, true);
    }

    /** Standard input is left open: it is not ours. */
    static StreamSource stdin(Supplier<InputStream> in) {
        return new StreamSource("<stdin>", new Opener() {
            @Override
            public InputStream open() {
                return in.get();
            }
        }, false);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceResult read() {
        byte[] bytes;
        InputStream in = null;
        try {
            in = opener.open();
            bytes = ConfigBytes.readAtMost(in, SourceResult.MAX_CONFIG_BYTES);
        } catch (IOException | RuntimeException e) {
            return SourceResult.none(name, BootOptions.none(),
                    List.of(SourceDiagnostics.unreadable(name, SourceDiagnostics.reasonOf(e))));
        } finally {
            if (close && in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    // Everything needed was read.
                }
            }
        }
        if (bytes.length > SourceResult.MAX_CONFIG_BYTES) {
            return SourceResult.none(name, BootOptions.none(),
                    List.of(SourceDiagnostics.overDocumentLimit("the configuration", bytes.length)));
        }
        return SourceResult.of(name, bytes, BootOptions.none(), List.of());
    }
}
