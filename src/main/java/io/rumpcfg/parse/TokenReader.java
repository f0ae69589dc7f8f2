package io.rumpcfg.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads the tokens of a strict JSON document with Jackson's streaming parser onto a
 * {@link Tape}, enforcing the limits and the no-control-characters rule on every
 * string as it goes. A syntax error or a nesting level over the limit ends reading; the
 * other limits are reported and reading goes on, so that later errors are found too.
 */
final class TokenReader {
    /**
     * Jackson's factory keeps the table of the key names it has seen; sharing one across
     * documents spares rebuilding that table (and interning every key) on each parse. The
     * table is bounded by Jackson. Other limits than the defaults get a factory of their own.
     */
    private static final JsonFactory DEFAULT_FACTORY = factory(Limits.DEFAULTS);

    private final byte[] document;
    private final LineMap lines;
    private final Limits limits;
    private final Problems problems;
    private Tape tape;
    private final boolean plain;
    /** The parser when it is ours (a UTF-8 document without a byte-order mark), else null. */
    private TapeParser ours;
    /**
     * Whether tokens are placed from Jackson's own line and column: true for a plain
     * document, whose byte columns are character columns, so that no second walk over the
     * document is needed to place them.
     */
    private boolean placed;
    /** The line of the last token placed, when {@link #placed}: a token on another starts a row of the tape. */
    private int line;
    private int[] keyEntries = new int[8];
    private int[] indexes = new int[8];
    private int depth;

    /** @param plain whether {@code document} is plain ({@link PlainDocument#is}), told once by whoever checked its encoding */
    TokenReader(byte[] document, boolean plain, LineMap lines, Limits limits, Problems problems) {
        this.document = document;
        this.plain = plain;
        this.lines = lines;
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * The tape of the document, its root object at index 0; empty when it could not be read
     * to its end. The caller recycles the tape ({@link Tape#recycle}) once it is read.
     */
    Optional<Tape> read() {
        Optional<Tape> read = readTape();
        if (read.isEmpty() && tape != null) {
            tape.recycle();
        }
        return read;
    }

    private Optional<Tape> readTape() {
        JsonFactory factory = limits.equals(Limits.DEFAULTS) ? DEFAULT_FACTORY : factory(limits);
        try (JsonParser parser = factory.createParser(document)) {
            // Jackson's parser for UTF-8 keeps lines and columns (in bytes) as it goes; in a
            // plain document those are the columns in characters.
            ours = parser instanceof TapeParser ? (TapeParser) parser : null;
            placed = plain && ours != null;
            // A token per 7 to 10 bytes in the examples and the benchmarks' configs; the
            // constant keeps a small document's texts from growing once at its end.
            tape = Tape.obtain(document, lines, document.length / 8 + 16, placed);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                problems.notAnObject(position(parser.currentTokenLocation()), first == null ? "nothing" : "another value");
                return Optional.empty();
            }
            value(parser, first, 1);
            // Scanned here rather than tokenised: Jackson would call a stray '}' a syntax error.
            long end = parser.currentLocation().getByteOffset();
            int rest = firstNonBlank(end);
            if (rest < document.length) {
                problems.trailingContent(lines.at(rest), lines.at(end - 1));
                return Optional.empty();
            }
            return Optional.of(tape);
        } catch (TooDeep e) {
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            // Jackson's limits are set at or above ours, which fire first; its message is not for users.
            problems.parserLimit(position(e.getLocation()));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            // Jackson tells that there is an error; what it is, in our words, is found by a second walk.
            Optional<SyntaxErrors.Found> found = SyntaxErrors.first(document, lines);
            if (found.isPresent()) {
                problems.syntax(found.get().path(), found.get().at(), found.get().message());
            } else {
                problems.syntax(path(), position(e.getLocation()), "not valid JSON here");
            }
            return Optional.empty();
        } catch (IOException e) {
            // An in-memory byte array cannot fail to read; keep the promise of no exceptions anyway.
            problems.syntax(ElementPath.root(), Position.UNKNOWN, "the document could not be read");
            return Optional.empty();
        }
    }

    private static JsonFactory factory(Limits limits) {
        return new TapeParser.Factory(new JsonFactoryBuilder()
                .streamReadConstraints(limits.streamReadConstraints())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION));
    }

    /**
     * Adds the value at the current token, and everything it contains, to the tape. Kept
     * small enough for the compiler to inline into {@link #object}, where most values are
     * read: the rarer tokens are read by {@link #scalar}.
     */
    private void value(JsonParser parser, JsonToken token, int depth) throws IOException {
        int offset = (int) valueOffset(parser);
        if (placed && ours.getTokenLineNr() != line) {
            newRow(ours.getTokenLineNr(), offset, tokenColumn(ours));
        }
        if (token == JsonToken.VALUE_STRING) {
            string(ours != null ? ours.stringValue() : parser.getText(), offset);
        } else if (token == JsonToken.START_OBJECT) {
            checkDepth(offset, depth);
            object(parser, tape.add(Tape.OBJECT, offset, null), depth);
        } else if (token == JsonToken.START_ARRAY) {
            checkDepth(offset, depth);
            array(parser, tape.add(Tape.ARRAY, offset, null), depth);
        } else {
            scalar(parser, token, offset);
        }
    }

    /** Adds a number, a boolean or null. */
    private void scalar(JsonParser parser, JsonToken token, int offset) throws IOException {
        switch (token) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                byte kind = token == JsonToken.VALUE_NUMBER_INT ? Tape.INTEGER : Tape.DECIMAL;
                int length = parser.getTextLength();
                if (length > limits.maxNumberLength()) {
                    problems.numberTooLong(path(), lines.at(offset), length, limits.maxNumberLength());
                }
                if (ours != null) {
                    // In a UTF-8 document the number is its own bytes: spelled only if asked for.
                    tape.number(kind, offset, length);
                } else {
                    tape.add(kind, offset, parser.getText());
                }
                return;
            case VALUE_TRUE:
                tape.add(Tape.TRUE, offset, null);
                return;
            case VALUE_FALSE:
                tape.add(Tape.FALSE, offset, null);
                return;
            case VALUE_NULL:
                tape.add(Tape.NULL, offset, null);
                return;
            default:
                throw new JsonParseException(parser, "unexpected token " + token);
        }
    }

    private void object(JsonParser parser, int start, int depth) throws IOException {
        int count = 0;
        int firstExcess = -1;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyAt = keyOffset(parser);
            int member = tape.add(Tape.KEY, keyAt, key);
            push(member, -1);
            if (!placed || mayBeTooLong(keyAt, parser)) {
                check(key, keyAt);
            }
            value(parser, parser.nextToken(), depth + 1);
            pop();
            if (++count > limits.maxMembers()) {
                tape.truncate(member);
                if (firstExcess < 0) {
                    firstExcess = keyAt;
                }
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "unexpected token " + token);
        }
        if (firstExcess >= 0) {
            problems.tooManyMembers(path(), lines.at(firstExcess), "object", count, limits.maxMembers());
        }
        tape.close(start);
    }

    private void array(JsonParser parser, int start, int depth) throws IOException {
        int count = 0;
        long firstExcess = -1;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonParseException(parser, "unexpected end of input in an array");
            }
            push(Tape.NONE, count);
            int item = tape.size();
            value(parser, token, depth + 1);
            pop();
            if (++count > limits.maxMembers()) {
                if (firstExcess < 0) {
                    firstExcess = tape.offset(item);
                }
                tape.truncate(item);
            }
        }
        if (firstExcess >= 0) {
            problems.tooManyMembers(path(), lines.at(firstExcess), "array", count, limits.maxMembers());
        }
        tape.close(start);
    }

    private void checkDepth(int offset, int depth) {
        if (depth > limits.maxDepth()) {
            problems.tooDeep(path(), lines.at(offset), depth, limits.maxDepth());
            throw new TooDeep();
        }
    }

    private void string(String text, int offset) {
        check(text, offset);
        int at = tape.add(Tape.STRING, offset, text);
        if (!plain) {
            String raw = raw(offset, text);
            if (raw != text) {
                tape.raw(at, raw);
            }
        }
    }

    /** Checks a key or string value against the length limit and for control characters. */
    private void check(String text, int offset) {
        if (plain) {
            if (text.length() > limits.maxStringBytes()) {
                problems.stringTooLong(path(), lines.at(offset), text.length(), limits.maxStringBytes());
            }
            return;
        }
        int bytes = utf8Length(text);
        if (bytes > limits.maxStringBytes()) {
            problems.stringTooLong(path(), lines.at(offset), bytes, limits.maxStringBytes());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                problems.controlCharacter(path(), lines.at(offset), text, i);
                break;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    problems.loneSurrogate(path(), lines.at(offset), text, i);
                    break;
                }
                i++;
            }
        }
    }

    /**
     * Whether the key just read, in a plain document read by our parser ({@link #placed}), may
     * be longer than the limit: it lies, with its quotes and the colon, before its value,
     * whose place Jackson already knows. The key's own string is not touched (for a key seen
     * before it is Jackson's, elsewhere in memory); {@link #check} reads it only when the room
     * before the value would allow it.
     */
    private boolean mayBeTooLong(int keyAt, JsonParser parser) {
        return valueOffset(parser) - keyAt - 3 > limits.maxStringBytes();
    }

    // The path to the current token, kept as plain segments (a key by its entry on the tape,
    // an item by its index): made into an ElementPath only for a problem, which is rare,
    // rather than for every value.

    private void push(int keyEntry, int index) {
        if (depth == keyEntries.length) {
            keyEntries = Arrays.copyOf(keyEntries, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        keyEntries[depth] = keyEntry;
        indexes[depth] = index;
        depth++;
    }

    private void pop() {
        depth--;
    }

    private ElementPath path() {
        ElementPath path = ElementPath.root();
        for (int i = 0; i < depth; i++) {
            path = keyEntries[i] != Tape.NONE ? path.key(tape.text(keyEntries[i])) : path.index(indexes[i]);
        }
        return path;
    }

    private static int utf8Length(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return text.length();
    }

    private int firstNonBlank(long from) {
        int i = (int) Math.max(0, from);
        while (i < document.length && isBlank(document[i])) {
            i++;
        }
        return i;
    }

    /** The text between the quotes of the string starting at {@code offset}, as written. */
    private String raw(int offset, String decoded) {
        if (offset < 0 || offset >= document.length || document[offset] != '"') {
            return decoded;
        }
        int start = offset + 1;
        int i = start;
        boolean escaped = false;
        while (i < document.length && document[i] != '"') {
            if (document[i] == '\\') {
                escaped = true;
                i += 2;
            } else {
                i++;
            }
        }
        if (!escaped) {
            // Without an escape the text as written is the decoded text: spare a copy per string.
            return decoded;
        }
        return new String(document, start, Math.min(i, document.length) - start, StandardCharsets.UTF_8);
    }

    /**
     * The byte offset where the current token, a value (not a key), starts; negative when
     * unknown. {@code currentTokenLocation()} allocates a {@code JsonLocation} per call, which
     * was the largest single allocation per value. For a byte array Jackson uses its UTF-8
     * parser, whose location for a value token is its token offset less one; another parser
     * gets the location. {@code TokenReaderTest} pins that both agree on every value token.
     */
    static long valueOffset(JsonParser parser) {
        if (parser instanceof UTF8StreamJsonParser) {
            return ((UTF8StreamJsonParser) parser).getTokenCharacterOffset() - 1;
        }
        JsonLocation location = parser.currentTokenLocation();
        return location == null ? -1 : location.getByteOffset();
    }

    /**
     * The byte offset where the key just read starts; when {@link #placed} and the key is the
     * first token of its line, the line becomes a row of the tape. Jackson's location for a key
     * is a new {@code JsonLocation} per call; our parser tells the same without one.
     */
    private int keyOffset(JsonParser parser) {
        if (ours != null) {
            int offset = ours.keyOffset();
            if (placed && ours.keyLine() != line) {
                newRow(ours.keyLine(), offset, ours.keyColumn());
            }
            return offset;
        }
        JsonLocation location = parser.currentTokenLocation();
        return location == null ? -1 : (int) location.getByteOffset();
    }

    /**
     * The 1-based column of the current value token. Jackson 2.18's {@code getTokenColumnNr()}
     * answers one more than the column of its own location ({@code currentTokenLocation()}),
     * which is the right one; {@code TokenReaderTest} pins that both place every token alike.
     */
    private static int tokenColumn(TapeParser parser) {
        return parser.getTokenColumnNr() - 1;
    }

    /** Records that the token at {@code offset}, in {@code column} of {@code tokenLine}, is the first of its line. */
    private void newRow(int tokenLine, int offset, int column) {
        line = tokenLine;
        tape.row(tokenLine, offset, column);
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private Position position(JsonLocation location) {
        if (location == null || location.getByteOffset() < 0) {
            return Position.UNKNOWN;
        }
        return lines.at(location.getByteOffset());
    }

    /** Ends reading when nesting goes over the limit: the tree below cannot be trusted to fit. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }
}
