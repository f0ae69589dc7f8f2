package io.rumpcfg.convert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** How rumpcfg writes JSON: two-space indentation, {@code "key": value}, one element a line. */
final class JsonStyle {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonStyle() {}

    static JsonGenerator generator(Writer out) throws IOException {
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
}
