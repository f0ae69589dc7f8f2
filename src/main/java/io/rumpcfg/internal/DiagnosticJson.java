package io.rumpcfg.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rumpcfg.model.Diagnostic;
import java.io.IOException;

/**
 * The one JSON form of a diagnostic, which {@code validate --format json} prints a line of and
 * {@code plan --format json} lists: {@code file}, {@code line}, {@code column}, {@code path},
 * {@code code}, {@code severity}, {@code message}. {@code line} and {@code column} are null when
 * the place is unknown, {@code path} when the whole document is at fault; {@code message} is the
 * text after the path of the rendered line.
 */
public final class DiagnosticJson {
    private DiagnosticJson() {}

    /** Writes {@code d}, found in the source named {@code file}, as one object. */
    public static void write(JsonGenerator json, String file, Diagnostic d) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", file);
        if (d.position().isKnown()) {
            json.writeNumberField("line", d.position().line());
            json.writeNumberField("column", d.position().column());
        } else {
            json.writeNullField("line");
            json.writeNullField("column");
        }
        if (d.path().isRoot()) {
            json.writeNullField("path");
        } else {
            json.writeStringField("path", d.path().toString());
        }
        json.writeStringField("code", d.code().id());
        json.writeStringField("severity", d.severity().label());
        json.writeStringField("message", d.message());
        json.writeEndObject();
    }
}
