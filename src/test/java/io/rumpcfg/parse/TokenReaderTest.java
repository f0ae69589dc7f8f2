package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.rumpcfg.model.ElementPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TokenReaderTest {

    /** How many of {@link #documents} come first and are written here, every one of them valid JSON. */
    private static final int HAND_WRITTEN = 6;

    static Stream<byte[]> documents() throws IOException {
        List<byte[]> out = new ArrayList<>();
        out.add("{\"a\":1,\"b\":[true,false,null,\"x\",{}],\"c\":{\"d\":-2.5e3}}".getBytes(StandardCharsets.UTF_8));
        out.add("{\r\n  \"é\": \"ü\\n\",\r  \"k\" :\t[ 1 ,\n\"\\u00e9\" ] }".getBytes(StandardCharsets.UTF_8));
        out.add("{ \"a b\" :\n  { \"c\"\t:\r\n\"d\" }, \"\": [ ] }".getBytes(StandardCharsets.UTF_8));
        out.add("{\"k\"\r:\r\r\n  [1,\r2, {\"x\"\n\n:\rtrue}],\n\"e\":{}}\n".getBytes(StandardCharsets.UTF_8));
        out.add("  \n\n{ \"deep\": [[[[{\"x\": [\"\"]}]]]] }\n".getBytes(StandardCharsets.UTF_8));
        out.add("{\"n\":[-7,0,-0,123456789012345678,-123456789012345678,1234567890123456789,1e5,-0.5],\"m\":42}"
                .getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/io/rumpcfg/testing/conformance"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                out.add(Files.readAllBytes(f));
            }
        }
        return out.stream();
    }

    /** The allocation-free offset must be the one Jackson's location gives, for every value token. */
    @ParameterizedTest
    @MethodSource("documents")
    void valueOffsetIsTheTokenLocationsByteOffset(byte[] document) throws IOException {
        int values = 0;
        try (JsonParser parser = new JsonFactory().createParser(document)) {
            JsonToken token;
            while ((token = nextOrNull(parser)) != null) {
                if (token != JsonToken.FIELD_NAME) {
                    assertThat(TokenReader.valueOffset(parser))
                            .as("%s at token %d", token, values)
                            .isEqualTo(parser.currentTokenLocation().getByteOffset());
                    values++;
                }
            }
        }
        assertThat(values).isPositive();
    }

    /** Keys are placed from what our parser keeps of them, without Jackson's location; the place must be Jackson's. */
    @ParameterizedTest
    @MethodSource("documents")
    void everyKeyOnTheTapeIsWhereJacksonPutsIt(byte[] document) throws IOException {
        List<Long> expected = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(document)) {
            JsonToken token;
            while ((token = nextOrNull(parser)) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    expected.add(parser.currentTokenLocation().getByteOffset());
                }
            }
        }
        Problems problems = new Problems(100, false, false);
        Optional<Tape> tape = new TokenReader(document, PlainDocument.is(document), new LineMap(document), Limits.DEFAULTS, problems).read();
        List<Long> keys = new ArrayList<>();
        tape.ifPresent(t -> {
            for (int i = 0; i < t.size(); i++) {
                if (t.kind(i) == Tape.KEY) {
                    keys.add(t.offset(i));
                }
            }
        });
        if (tape.isPresent()) {
            assertThat(keys).isEqualTo(expected);
        }
    }

    /**
     * Our parser makes a string's text from its bytes when they are its text, and leaves the
     * others (escapes, characters beyond ASCII) to Jackson; a number's text is spelled from
     * its bytes only when asked for. Either way, every string on the tape, key or value, and
     * every number must be the text Jackson's own parser gives, and an integer's value what
     * that text says.
     */
    @ParameterizedTest
    @MethodSource("documents")
    void everyTextOnTheTapeIsJacksonsText(byte[] document) throws IOException {
        List<String> expected = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(document)) {
            JsonToken token;
            while ((token = nextOrNull(parser)) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING || token.isNumeric()) {
                    expected.add(parser.getText());
                }
            }
        }
        Optional<Tape> tape = new TokenReader(document, PlainDocument.is(document), new LineMap(document), Limits.DEFAULTS,
                new Problems(100, false, false)).read();
        tape.ifPresent(t -> {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.isIntegral(i) && t.numberLength(i) <= 18) {
                    // Read from the bytes before anything spells the number.
                    long value = t.shortInteger(i);
                    assertThat(value).as("integer %d", i).isEqualTo(Long.parseLong(t.text(i)));
                }
                if (t.kind(i) == Tape.KEY || t.kind(i) == Tape.STRING || t.isNumber(i)) {
                    texts.add(t.text(i));
                }
            }
            assertThat(texts).isEqualTo(expected);
        });
    }

    /**
     * Our parser makes a string from its bytes when it reaches the closing quote before any
     * byte that is not plain ASCII text, and leaves the string to Jackson otherwise: whatever
     * its length, and wherever an escape or a character beyond ASCII falls in it (or none
     * does), its text is Jackson's.
     */
    @Test
    void stringsOfEveryLengthWithAnEscapeOrAWideCharacterAnywhereAreJacksonsText() throws IOException {
        List<String> specials = List.of("", "\\n", "\\\"", "\\u0041", "\u00e9", "\u20ac", "\ud83d\ude00");
        for (int length = 0; length <= 20; length++) {
            for (int at = 0; at <= length; at++) {
                for (String special : specials) {
                    String text = "x".repeat(at) + special + "y".repeat(length - at);
                    byte[] document = ("{\"k\":\"" + text + "\",\"n\":[\"" + text + "\"]}").getBytes(StandardCharsets.UTF_8);
                    List<String> expected = new ArrayList<>();
                    try (JsonParser parser = new JsonFactory().createParser(document)) {
                        JsonToken token;
                        while ((token = parser.nextToken()) != null) {
                            if (token == JsonToken.VALUE_STRING) {
                                expected.add(parser.getText());
                            }
                        }
                    }
                    Tape tape = new TokenReader(document, PlainDocument.is(document), new LineMap(document), Limits.DEFAULTS,
                            new Problems(100, false, false)).read().orElseThrow();
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < tape.size(); i++) {
                        if (tape.isString(i)) {
                            texts.add(tape.text(i));
                        }
                    }
                    assertThat(texts).as("%s", text).isEqualTo(expected);
                }
            }
        }
    }

    /**
     * A document that starts with a byte-order mark is read by Jackson's own parser, not ours
     * (the documents above are all read by ours): its numbers too are Jackson's text, and an
     * integer's value is what that text says.
     */
    @Test
    void numbersAfterAByteOrderMarkAreJacksonsText() {
        byte[] document = "\uFEFF{\"a\": -12, \"b\": [34, 5.5]}".getBytes(StandardCharsets.UTF_8);
        Tape tape = new TokenReader(document, false, new LineMap(document), Limits.DEFAULTS, new Problems(100, false, false))
                .read().orElseThrow();
        List<String> texts = new ArrayList<>();
        List<Long> integers = new ArrayList<>();
        for (int i = 0; i < tape.size(); i++) {
            if (tape.isIntegral(i)) {
                integers.add(tape.shortInteger(i));
            }
            if (tape.isNumber(i)) {
                texts.add(tape.text(i));
            }
        }
        assertThat(integers).containsExactly(-12L, 34L);
        assertThat(texts).containsExactly("-12", "34", "5.5");
    }

    /**
     * In a plain document a key's length is read only when the room before its value would
     * allow one over the limit: a key over it is reported however it is spaced, and one at it
     * is not, however much room its spacing leaves.
     */
    @ParameterizedTest
    @CsvSource({
        "'{\"abcdefghijk\":1}', true",
        "'{\"abcdefghijk\"   :   1}', true",
        "'{\"abcdefghij\":1}', false",
        "'{\"abcdefghij\"          :          1}', false",
        "'{\"a\":{\"abcdefghijk\":\"x\"}}', true",
    })
    void aKeyOverTheStringLimitIsReportedInAPlainDocument(String json, boolean over) {
        byte[] document = json.getBytes(StandardCharsets.UTF_8);
        Problems problems = new Problems(100, false, false);
        Optional<Tape> tape = new TokenReader(document, PlainDocument.is(document), new LineMap(document),
                Limits.builder().maxStringBytes(10).build(), problems).read();
        assertThat(tape).isPresent();
        assertThat(problems.diagnostics()).extracting(d -> d.message().contains("string is 11 bytes")).containsExactly(over ? new Boolean[] {true} : new Boolean[0]);
    }

    /** Our parser reads UTF-8 without a byte-order mark; Jackson's own reads everything else, as it would. */
    @ParameterizedTest
    @CsvSource({
        "'{\"a\":1}', UTF-8, false, true",
        "'{\"é\":1}', UTF-8, false, true",
        "'{\"a\":1}', UTF-8, true, false",
        "'{\"a\":1}', UTF-16LE, false, false",
        "'{\"a\":1}', UTF-16BE, false, false",
        "'{}', UTF-8, false, true",
    })
    void ourParserReadsUtf8WithoutAByteOrderMark(String json, String charset, boolean bom, boolean ours) throws IOException {
        byte[] text = json.getBytes(java.nio.charset.Charset.forName(charset));
        byte[] document = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text) : text;
        JsonFactory factory = new TapeParser.Factory(new com.fasterxml.jackson.core.JsonFactoryBuilder());
        try (JsonParser parser = factory.createParser(document)) {
            assertThat(parser instanceof TapeParser).isEqualTo(ours);
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * In a plain document the tape places tokens from the rows Jackson's lines and columns
     * tell, not from a walk of its own: every entry must be where the line map, which counts,
     * puts it, whether entries are asked for in document order (the readers' way), backwards,
     * or through either kind of origin.
     */
    @ParameterizedTest
    @MethodSource("documents")
    void everyEntryIsPlacedWhereTheLineMapPutsIt(byte[] document) {
        boolean plain = PlainDocument.is(document);
        Optional<Tape> tape = new TokenReader(document, plain, new LineMap(document), Limits.DEFAULTS,
                new Problems(100, false, false)).read();
        tape.ifPresent(t -> {
            LineMap lines = new LineMap(document);
            for (int i = 0; i < t.size(); i++) {
                assertThat(t.position(i)).as("entry %d (plain: %s)", i, plain).isEqualTo(lines.at(t.offset(i)));
            }
            for (int i = t.size() - 1; i >= 0; i--) {
                assertThat(t.position(i)).as("entry %d backwards (plain: %s)", i, plain).isEqualTo(lines.at(t.offset(i)));
            }
            for (int i = 0; i < t.size(); i += 3) {
                assertThat(t.origin(ElementPath.root(), i).position()).as("origin of entry %d (plain: %s)", i, plain)
                        .isEqualTo(lines.at(t.offset(i)));
            }
            for (int i = 1; i < t.size(); i += 3) {
                assertThat(t.memberOrigin(ElementPath.root(), "k", i).position())
                        .as("member origin of entry %d (plain: %s)", i, plain).isEqualTo(lines.at(t.offset(i)));
            }
        });
    }

    /**
     * The placement tests above check a tape only where there is one: they would pass if none
     * were read. Every hand-written document, and most conformance documents, must read.
     */
    @Test
    void theTestDocumentsReadToTapes() throws IOException {
        List<byte[]> all = documents().toList();
        long read = 0;
        for (int i = 0; i < all.size(); i++) {
            byte[] document = all.get(i);
            boolean present = new TokenReader(document, PlainDocument.is(document), new LineMap(document), Limits.DEFAULTS,
                    new Problems(100, false, false)).read().isPresent();
            if (i < HAND_WRITTEN) {
                assertThat(present).as("hand-written document %d", i).isTrue();
            }
            read += present ? 1 : 0;
        }
        assertThat(read).isGreaterThan(all.size() * 3L / 4);
    }

    /** Malformed documents end the walk at their error; the tokens before it still count. */
    private static JsonToken nextOrNull(JsonParser parser) throws IOException {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            return null;
        }
    }
}
