package io.rumpcfg.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.rumpcfg.model.IfAddr;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * How rumpcfg writes JSON, whichever command prints it ({@code convert}, {@code plan --format
 * json}): two-space indentation, {@code "key": value}, one element a line. The older format's
 * documents are the exception, one line of strict JSON as its launchers write them. A
 * generator never closes the writer it was given.
 */
public final class JsonStyle {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonStyle() {}

    /**
     * A generator writing in the house style to {@code out}.
     *
     * @param out where the JSON goes; left open
     * @return the generator
     * @throws IOException as {@link JsonFactory#createGenerator(Writer)}
     */
    public static JsonGenerator generator(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        JsonGenerator generator = FACTORY.createGenerator(out);
        generator.setPrettyPrinter(printer);
        return generator;
    }

    /**
     * A generator writing one line with no white space to {@code out}: the older format's layout.
     *
     * @param out where the JSON goes; left open
     * @return the generator
     * @throws IOException as {@link JsonFactory#createGenerator(Writer)}
     */
    public static JsonGenerator line(Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /**
     * {@code field}: an array of {@code values}.
     *
     * @param json   where to write
     * @param field  the member's name
     * @param values the strings
     * @throws IOException as the generator throws
     */
    public static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /**
     * An interface's {@code addrs} as the document and the plan both write them: an object of
     * {@code type}, {@code method} and, when static, {@code addr} ({@code 10.0.0.2/24}) each.
     *
     * @param json  where to write
     * @param addrs the addresses
     * @throws IOException as the generator throws
     */
    public static void addrs(JsonGenerator json, List<IfAddr> addrs) throws IOException {
        json.writeArrayFieldStart("addrs");
        for (IfAddr addr : addrs) {
            json.writeStartObject();
            json.writeStringField("type", addr.type().token());
            json.writeStringField("method", addr.method().token());
            if (addr.addr().isPresent()) {
                json.writeStringField("addr", addr.addr().get().toString());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
