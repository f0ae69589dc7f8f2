package io.rumpcfg.parse;

import com.fasterxml.jackson.core.JsonFactory;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tokens of a strict JSON document with Jackson's streaming parser into a
 * {@link Json} tree, enforcing the limits and the no-control-characters rule on every
 * string as it goes. A syntax error or a nesting level over the limit ends reading; the
 * other limits are reported and reading goes on, so that later errors are found too.
 */
final class TokenReader {
    private static final Pattern BAD_WORD = Pattern.compile("(?:Unrecognized|Non-standard) token '([^']+)'");
    /**
     * Jackson's notes meant for programmers: where an unclosed value started (which says
     * "REDACTED" without the source) and which parser feature would allow a token.
     */
    private static final Pattern JACKSON_NOTES = Pattern.compile(
            "\\s*\\(for \\w+ starting at \\[Source:.*$|:? ?enable `[^`]*` to allow", Pattern.DOTALL);

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

    TokenReader(byte[] document, LineMap lines, Limits limits, Problems problems) {
        this.document = document;
        this.lines = lines;
        this.limits = limits;
        this.problems = problems;
    }

    /** The root object, or empty when the document could not be read to its end. */
    Optional<Json.Obj> read() {
        JsonFactory factory = limits.equals(Limits.DEFAULTS) ? DEFAULT_FACTORY : factory(limits);
        try (JsonParser parser = factory.createParser(document)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                problems.notAnObject(tokenPosition(parser), first == null ? "nothing" : "a " + first.name());
                return Optional.empty();
            }
            Json root = value(parser, first, ElementPath.root(), 1);
            // Scanned here rather than tokenised: Jackson would call a stray '}' a syntax error.
            int rest = firstNonBlank(parser.currentLocation().getByteOffset());
            if (rest < document.length) {
                problems.trailingContent(lines.at(rest));
                return Optional.empty();
            }
            return Optional.of((Json.Obj) root);
        } catch (TooDeep e) {
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            problems.parserLimit(position(e.getLocation()), e.getOriginalMessage());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.syntax(syntaxPosition(e), JACKSON_NOTES.matcher(String.valueOf(e.getOriginalMessage())).replaceAll(""));
            return Optional.empty();
        } catch (IOException e) {
            // An in-memory byte array cannot fail to read; keep the promise of no exceptions anyway.
            problems.syntax(Position.UNKNOWN, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private static JsonFactory factory(Limits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(limits.streamReadConstraints())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    private Json value(JsonParser parser, JsonToken token, ElementPath path, int depth) throws IOException {
        long offset = valueOffset(parser);
        Position at = offset < 0 ? Position.UNKNOWN : lines.at(offset);
        switch (token) {
            case START_OBJECT:
                checkDepth(path, at, depth);
                return object(parser, path, at, depth);
            case START_ARRAY:
                checkDepth(path, at, depth);
                return array(parser, path, at, depth);
            case VALUE_STRING:
                String decoded = string(parser.getText(), path, at);
                return new Json.Str(decoded, raw(at.offset(), decoded), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                String text = parser.getText();
                if (text.length() > limits.maxNumberLength()) {
                    problems.numberTooLong(path, at, text.length(), limits.maxNumberLength());
                }
                return new Json.Num(text, token == JsonToken.VALUE_NUMBER_INT, at);
            case VALUE_TRUE:
                return new Json.Bool(true, at);
            case VALUE_FALSE:
                return new Json.Bool(false, at);
            case VALUE_NULL:
                return new Json.Null(at);
            default:
                throw new JsonParseException(parser, "unexpected token " + token);
        }
    }

    private Json.Obj object(JsonParser parser, ElementPath path, Position at, int depth) throws IOException {
        List<Json.Member> members = new ArrayList<>();
        int count = 0;
        Position firstExcess = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            Position keyAt = tokenPosition(parser);
            ElementPath memberPath = path.key(parser.currentName());
            String key = string(parser.currentName(), memberPath, keyAt);
            Json value = value(parser, parser.nextToken(), memberPath, depth + 1);
            if (++count <= limits.maxMembers()) {
                members.add(new Json.Member(key, keyAt, value));
            } else if (firstExcess == null) {
                firstExcess = keyAt;
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "unexpected token " + token);
        }
        if (firstExcess != null) {
            problems.tooManyMembers(path, firstExcess, "object", count, limits.maxMembers());
        }
        return new Json.Obj(members, at);
    }

    private Json.Arr array(JsonParser parser, ElementPath path, Position at, int depth) throws IOException {
        List<Json> items = new ArrayList<>();
        int count = 0;
        Position firstExcess = null;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonParseException(parser, "unexpected end of input in an array");
            }
            Json item = value(parser, token, path.index(count), depth + 1);
            if (++count <= limits.maxMembers()) {
                items.add(item);
            } else if (firstExcess == null) {
                firstExcess = item.position();
            }
        }
        if (firstExcess != null) {
            problems.tooManyMembers(path, firstExcess, "array", count, limits.maxMembers());
        }
        return new Json.Arr(items, at);
    }

    private void checkDepth(ElementPath path, Position at, int depth) {
        if (depth > limits.maxDepth()) {
            problems.tooDeep(path, at, depth, limits.maxDepth());
            throw new TooDeep();
        }
    }

    /** Checks a key or string value against the length limit and for control characters. */
    private String string(String text, ElementPath path, Position at) {
        int bytes = utf8Length(text);
        if (bytes > limits.maxStringBytes()) {
            problems.stringTooLong(path, at, bytes, limits.maxStringBytes());
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) == Character.CONTROL) {
                problems.controlCharacter(path, at, text, i);
                break;
            }
        }
        return text;
    }

    private static int utf8Length(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return text.length();
    }

    /**
     * Jackson places most syntax errors at the offending character, but a bad word
     * ({@code tru}, {@code NaN}) only after reading past it; those are moved back to where
     * the word, quoted in the message, starts.
     */
    private Position syntaxPosition(JsonProcessingException e) {
        Position reported = position(e.getLocation());
        Matcher word = BAD_WORD.matcher(String.valueOf(e.getOriginalMessage()));
        if (!word.lookingAt() || reported.offset() < 0) {
            return reported;
        }
        byte[] text = word.group(1).getBytes(StandardCharsets.UTF_8);
        for (int at = (int) Math.min(reported.offset(), document.length - text.length); at >= 0; at--) {
            if (Arrays.equals(document, at, at + text.length, text, 0, text.length)) {
                return lines.at(at);
            }
        }
        return reported;
    }

    private int firstNonBlank(long from) {
        int i = (int) Math.max(0, from);
        while (i < document.length && (document[i] == ' ' || document[i] == '\t' || document[i] == '\n' || document[i] == '\r')) {
            i++;
        }
        return i;
    }

    /** The text between the quotes of the string starting at {@code offset}, as written. */
    private String raw(long offset, String decoded) {
        if (offset < 0 || offset >= document.length || document[(int) offset] != '"') {
            return decoded;
        }
        int start = (int) offset + 1;
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

    private Position tokenPosition(JsonParser parser) {
        return position(parser.currentTokenLocation());
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
