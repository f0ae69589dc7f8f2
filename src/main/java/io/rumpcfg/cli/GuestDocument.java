package io.rumpcfg.cli;

import io.rumpcfg.convert.OlderOptions;
import io.rumpcfg.convert.OlderResult;
import io.rumpcfg.convert.OlderWriter;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.spec.Sources;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The configuration as a guest is handed it: the validated bytes as they were read, or for a
 * guest that reads only the older format what {@code convert --to older} writes; checked
 * against what the platform carries. What cannot be handed over is printed, and empty.
 */
final class GuestDocument {
    /** {@code --format}: the current format, or the older one (also spelt legacy, as convert --to takes it). */
    private static final List<String> FORMATS = List.of("current", "older", "legacy");

    private GuestDocument() {}

    /** Whether {@code --format} {@code format} names the older format; a usage error when it is none. */
    static boolean isOlder(String format) {
        if (!FORMATS.contains(format)) {
            throw new UsageError("--format must be current or older, not '" + format + "'");
        }
        return !format.equals("current");
    }

    static Optional<byte[]> of(Loaded loaded, boolean older, OlderOptions options, Sources.Target target,
            CheckOptions check, PrintWriter err) {
        SourceResult source = loaded.source().orElseThrow();
        Config config = loaded.checked().orElseThrow().config().orElseThrow();
        byte[] document;
        if (older) {
            OlderResult written = OlderWriter.write(config, options);
            List<Diagnostic> shown = check.shown(written.diagnostics());
            Diagnostics.print(source.name(), shown, err);
            if (written.document().isEmpty() || Diagnostic.anyError(shown)) {
                err.flush();
                return Optional.empty();
            }
            document = written.document().get().getBytes(StandardCharsets.UTF_8);
        } else {
            document = source.config().orElse("{}".getBytes(StandardCharsets.US_ASCII));
        }
        List<Diagnostic> size = check.shown(Sources.checkSize(target, document.length));
        Diagnostics.print(source.name(), size, err);
        err.flush();
        return Diagnostic.anyError(size) ? Optional.empty() : Optional.of(document);
    }
}
