package io.rumpcfg.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rumpcfg.internal.JsonStyle;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --format sarif}: every diagnostic of the run as one SARIF 2.1.0 log on standard
 * output, written when the last configuration has been read, in the shape GitHub code scanning
 * takes. One run; its tool's rules are the codes reported, in the order first reported; each
 * result has its code as {@code ruleId}, the severity as {@code level}, {@code PATH: message}
 * as its message and, for a configuration file, the file and the line and column (counted in
 * code points, as {@code columnKind} says). A file under the working directory is named by a
 * relative URI against {@code %SRCROOT%}, any other by a {@code file:} URI; a configuration that
 * is not a file (standard input, {@code --source} other than {@code file:}) has no physical
 * location, and its location's message names the source.
 */
final class SarifReport extends DiagnosticReport {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Where relative artifact URIs start: the directory rumpcfg ran in. */
    static final String SRCROOT = "%SRCROOT%";

    private record Result(String source, Optional<String> uri, Diagnostic diagnostic) {}

    private final PrintWriter out;
    private final String toolVersion;
    private final Path workDir;
    /** Each code reported, to its index among the rules. */
    private final Map<Code, Integer> rules = new LinkedHashMap<>();
    private final List<Result> results = new ArrayList<>();

    /** A log naming rumpcfg {@code toolVersion}, its file URIs relative to the absolute {@code workDir}. */
    SarifReport(PrintWriter out, String toolVersion, Path workDir) {
        this.out = out;
        this.toolVersion = toolVersion;
        this.workDir = workDir;
    }

    @Override
    void add(String name, Optional<Path> file, List<Diagnostic> diagnostics) {
        Optional<String> uri = file.isPresent() ? Optional.of(uri(file.get())) : Optional.empty();
        for (Diagnostic d : diagnostics) {
            rules.putIfAbsent(d.code(), rules.size());
            results.add(new Result(name, uri, d));
        }
    }

    @Override
    void finish() {
        try (JsonGenerator json = JsonStyle.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            tool(json);
            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeArrayFieldStart("results");
            for (Result r : results) {
                result(json, r);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a PrintWriter does not throw", e);
        }
        out.write('\n');
        out.flush();
    }

    private void tool(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "rumpcfg");
        json.writeStringField("version", toolVersion);
        json.writeArrayFieldStart("rules");
        for (Code code : rules.keySet()) {
            json.writeStartObject();
            json.writeStringField("id", code.id());
            text(json, "shortDescription", code.meaning());
            text(json, "fullDescription", fullDescription(code));
            text(json, "help", fullDescription(code) + "; docs/config.md lists every code, under Diagnostics.");
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", code.severity().label());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** What a code means, and when it has the other severity, from the catalogue. */
    private static String fullDescription(Code code) {
        return code.otherwise().isPresent()
                ? code.meaning() + " (" + code.severity().label() + "; " + code.otherwise().get() + ")"
                : code.meaning() + " (" + code.severity().label() + ")";
    }

    private void result(JsonGenerator json, Result r) throws IOException {
        Diagnostic d = r.diagnostic();
        json.writeStartObject();
        json.writeStringField("ruleId", d.code().id());
        json.writeNumberField("ruleIndex", rules.get(d.code()));
        json.writeStringField("level", d.severity().label());
        text(json, "message", d.path().isRoot() ? d.message() : d.path() + ": " + d.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        if (r.uri().isPresent()) {
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            json.writeStringField("uri", r.uri().get());
            if (!r.uri().get().startsWith("file:")) {
                json.writeStringField("uriBaseId", SRCROOT);
            }
            json.writeEndObject();
            if (d.position().isKnown()) {
                json.writeObjectFieldStart("region");
                json.writeNumberField("startLine", d.position().line());
                json.writeNumberField("startColumn", d.position().column());
                json.writeEndObject();
            }
            json.writeEndObject();
        } else {
            text(json, "message", r.source());
        }
        if (!d.path().isRoot()) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("fullyQualifiedName", d.path().toString());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /**
     * {@code file} as an artifact URI: relative to {@link #workDir}, with {@code /} between its
     * names and everything else a URI cannot hold percent-encoded, when it lies beneath it; else
     * the absolute {@code file:} URI.
     */
    private String uri(Path file) {
        Path absolute = workDir.resolve(file).normalize();
        if (!absolute.startsWith(workDir) || absolute.equals(workDir)) {
            return absolute.toUri().toASCIIString();
        }
        List<String> names = new ArrayList<>();
        for (Path name : workDir.relativize(absolute)) {
            names.add(name.toString());
        }
        String path = String.join("/", names);
        // A colon in the first name would read as a scheme: "a:b.json" is not a relative URI.
        if (names.get(0).indexOf(':') >= 0) {
            path = "./" + path;
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return absolute.toUri().toASCIIString();
        }
    }
}
