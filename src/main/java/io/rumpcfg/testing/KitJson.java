package io.rumpcfg.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conformance vectors as plain values, read with Jackson's streaming parser alone (the
 * library's only JSON dependency): an object is a {@code Map<String, Object>} in document
 * order, an array a {@code List<Object>}, a string a {@code String}, an integer a
 * {@code Long}, another number a {@code BigDecimal}, {@code true}/{@code false} a
 * {@code Boolean}. Two values are equal as JSON when they are {@code equals}, member order aside.
 */
final class KitJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private KitJson() {}

    static Object read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() == null) {
                throw new IOException("no JSON value");
            }
            return value(p);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    object.put(name, value(p));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p));
                }
                return array;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected " + t + " at " + p.currentLocation());
        }
    }

    /** {@code value} as one line of JSON, for failure messages. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List) {
            g.writeStartArray();
            for (Object o : (List<?>) value) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof Boolean) {
            g.writeBoolean((Boolean) value);
        } else if (value instanceof Long) {
            g.writeNumber((Long) value);
        } else if (value instanceof BigDecimal) {
            g.writeNumber((BigDecimal) value);
        } else {
            g.writeString(value.toString());
        }
    }

    /** The object member {@code name} of {@code object}, or an empty map when it is absent or not an object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object object, String name) {
        Object v = object instanceof Map ? ((Map<String, Object>) object).get(name) : null;
        return v instanceof Map ? (Map<String, Object>) v : Map.of();
    }

    /** The array member {@code name} of {@code object}, or an empty list when it is absent or not an array. */
    @SuppressWarnings("unchecked")
    static List<Object> array(Object object, String name) {
        Object v = object instanceof Map ? ((Map<String, Object>) object).get(name) : null;
        return v instanceof List ? (List<Object>) v : List.of();
    }
}
