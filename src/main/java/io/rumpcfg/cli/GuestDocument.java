package io.rumpcfg.cli;

import io.rumpcfg.convert.LegacyOptions;
import io.rumpcfg.convert.LegacyResult;
import io.rumpcfg.convert.LegacyWriter;
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
 * guest that reads only the older format what {@code convert --to legacy} writes; checked
 * against what the platform carries. What cannot be handed over is printed, and empty.
 */
final class GuestDocument {
    /** {@code --format}: the current format, or the older one. */
    static final List<String> FORMATS = List.of("current", "legacy");

    private GuestDocument() {}

    static Optional<byte[]> of(Loaded loaded, boolean older, LegacyOptions options, Sources.Target target,
            CheckOptions check, PrintWriter err) {
        SourceResult source = loaded.source().orElseThrow();
        Config config = loaded.checked().orElseThrow().config().orElseThrow();
        byte[] document;
        if (older) {
            LegacyResult legacy = LegacyWriter.write(config, options);
            Diagnostics.print(source.name(), check.strict ? legacy.diagnostics().stream().map(Diagnostic::asError).toList()
                    : legacy.diagnostics(), err);
            if (legacy.document().isEmpty() || check.strict && !legacy.diagnostics().isEmpty()) {
                err.flush();
                return Optional.empty();
            }
            document = legacy.document().get().getBytes(StandardCharsets.UTF_8);
        } else {
            document = source.config().orElse("{}".getBytes(StandardCharsets.US_ASCII));
        }
        boolean fits = true;
        for (Diagnostic d : Sources.checkSize(target, document.length)) {
            Diagnostic shown = check.strict ? d.asError() : d;
            err.println(shown.render(source.name()));
            fits &= !shown.isError();
        }
        err.flush();
        return fits ? Optional.of(document) : Optional.empty();
    }
}
