package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the first JSON syntax error of a document that strict reading refused, and says
 * what is wrong in rumpcfg's words: where the missing comma belongs, which comma trails,
 * which object the document ends inside. Jackson finds that there is an error; its messages
 * speak of its own features and codes, so this second walk, made only for a refused
 * document, finds what the error is and the path of the element it lies in.
 *
 * <p>It accepts exactly what strict JSON accepts ({@code SyntaxErrorsTest} holds it to
 * Jackson on damaged documents), and reads the document from its first byte to the end of
 * its root value; what follows the root is the token reader's to report.
 */
final class SyntaxErrors {
    /** The error: the path of the element it lies in, where, and what. */
    record Found(ElementPath path, Position at, String message) {}

    /** What the walk expects next. */
    private enum Expect { VALUE, FIRST_KEY, KEY, COLON, FIRST_ITEM, ITEM, AFTER_VALUE }

    /** An object or array open at the place the walk has reached. */
    private static final class Frame {
        final boolean object;
        final int open;
        final ElementPath path;
        String key;
        int keyEnd;
        int items;
        int lastEnd;
        int comma;

        Frame(boolean object, int open, ElementPath path) {
            this.object = object;
            this.open = open;
            this.path = path;
        }

        ElementPath member() {
            return object ? path.key(key) : path.index(items);
        }

        String closer() {
            return object ? "}" : "]";
        }

        String kind() {
            return object ? "object" : "array";
        }
    }

    private final byte[] doc;
    private final LineMap lines;
    private final List<Frame> open = new ArrayList<>();
    private int i;

    private SyntaxErrors(byte[] doc, LineMap lines) {
        this.doc = doc;
        this.lines = lines;
    }

    /** The first syntax error of {@code document}, or empty when its root value is strict JSON. */
    static Optional<Found> first(byte[] document, LineMap lines) {
        return Optional.ofNullable(new SyntaxErrors(document, lines).walk());
    }

    private Found walk() {
        i = JsonWords.startsWithBom(doc) ? 3 : 0;
        Expect expect = Expect.VALUE;
        while (true) {
            Found comment = blanks();
            if (comment != null) {
                return comment;
            }
            if (i >= doc.length) {
                return ended(expect);
            }
            int c = doc[i] & 0xff;
            if (c >= 0x80) {
                return error(here(), i, JsonWords.unexpectedWide(doc, i));
            }
            Found found;
            switch (expect) {
                case FIRST_KEY:
                case KEY:
                    found = key(c, expect == Expect.FIRST_KEY);
                    expect = c == '}' ? Expect.AFTER_VALUE : Expect.COLON;
                    break;
                case COLON:
                    found = c == ':' ? null : error(top().path.key(top().key), top().keyEnd,
                            "missing colon after the key " + Problems.quote(top().key));
                    i++;
                    expect = Expect.VALUE;
                    break;
                case AFTER_VALUE:
                    found = afterValue(c);
                    if (found == null && c == ',') {
                        expect = top().object ? Expect.KEY : Expect.ITEM;
                    }
                    break;
                default:
                    found = value(c, expect);
                    if (found == null && (c == '{' || c == '[')) {
                        expect = c == '{' ? Expect.FIRST_KEY : Expect.FIRST_ITEM;
                        continue;
                    }
                    expect = Expect.AFTER_VALUE;
                    break;
            }
            if (found != null) {
                return found;
            }
            if (expect == Expect.AFTER_VALUE && open.isEmpty()) {
                return null; // the root value is whole
            }
        }
    }

    /** Skips blanks; a comment is the error. */
    private Found blanks() {
        while (i < doc.length) {
            byte b = doc[i];
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                i++;
            } else if (b == '#' || (b == '/' && i + 1 < doc.length && (doc[i + 1] == '/' || doc[i + 1] == '*'))) {
                String mark = b == '#' ? "#" : doc[i + 1] == '/' ? "//" : "/* */";
                return error(here(), i, "comments are not allowed in JSON: remove the " + Problems.quote(mark) + " comment");
            } else {
                return null;
            }
        }
        return null;
    }

    /** A key, or the end of the object, where one is expected. */
    private Found key(int c, boolean first) {
        Frame frame = top();
        if (c == '"') {
            int start = i;
            Found bad = string(frame.path);
            if (bad != null) {
                return bad;
            }
            frame.key = JsonWords.text(doc, start + 1, i - 1);
            frame.keyEnd = i;
            return null;
        }
        if (c == '}' && first) {
            return close();
        }
        if (c == '}') {
            return error(frame.path, frame.comma, "trailing comma before \"}\": JSON allows none after the last member");
        }
        if (c == ']') {
            return mismatched(c);
        }
        if (c == ',') {
            return error(frame.path, i, first ? "a comma right after \"{\", before any member" : "doubled comma: no member between the two");
        }
        if (c == '\'') {
            int end = JsonWords.singleQuoted(doc, i);
            String key = JsonWords.text(doc, i + 1, end);
            return error(frame.path, i, "the key '" + key + "' is in single quotes: JSON takes double quotes, "
                    + Problems.quote(key));
        }
        if (JsonWords.isWordByte(c)) {
            String key = JsonWords.text(doc, i, JsonWords.wordEnd(doc, i));
            return error(frame.path, i, "the key " + key + " has no quotes: JSON keys are strings, " + Problems.quote(key));
        }
        return error(frame.path, i, "expected a key in double quotes" + (first ? " or \"}\"" : "") + ", found "
                + JsonWords.character(doc, i));
    }

    /** A value, or the end of an array, where one is expected; on an opening bracket the frame is pushed. */
    private Found value(int c, Expect expect) {
        ElementPath path = open.isEmpty() ? ElementPath.root() : top().member();
        boolean inArray = expect == Expect.FIRST_ITEM || expect == Expect.ITEM;
        if (c == '{' || c == '[') {
            open.add(new Frame(c == '{', i, path));
            i++;
            return null;
        }
        if (c == '"') {
            Found bad = string(path);
            return bad != null ? bad : valueEnded();
        }
        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
            int end = JsonWords.wordEnd(doc, i);
            Optional<String> wrong = JsonWords.numberError(doc, i, end);
            if (wrong.isPresent()) {
                return error(path, i, wrong.get());
            }
            i = end;
            return valueEnded();
        }
        if (JsonWords.isWordByte(c)) {
            int end = JsonWords.wordEnd(doc, i);
            Optional<String> wrong = JsonWords.literalError(JsonWords.text(doc, i, end));
            if (wrong.isPresent()) {
                return error(path, i, wrong.get());
            }
            i = end;
            return valueEnded();
        }
        if (c == '\'') {
            return error(path, i, "a string in single quotes: JSON strings take double quotes (\")");
        }
        if (c == ']' && expect == Expect.FIRST_ITEM) {
            return close();
        }
        if (open.isEmpty()) {
            return error(path, i, "a configuration is a JSON object, found " + JsonWords.character(doc, i));
        }
        Frame frame = top();
        if (c == ']' && expect == Expect.ITEM) {
            return error(frame.path, frame.comma, "trailing comma before \"]\": JSON allows none after the last item");
        }
        if ((c == ']' || c == '}') && inArray) {
            return mismatched(c);
        }
        if (c == ',' && expect == Expect.FIRST_ITEM) {
            return error(frame.path, i, "a comma right after \"[\", before any item");
        }
        if (c == ',' && expect == Expect.ITEM) {
            return error(frame.path, i, "doubled comma: no item between the two");
        }
        if (!inArray && (c == ',' || c == '}' || c == ']')) {
            return error(path, i, "missing value after the key " + Problems.quote(frame.key));
        }
        return error(path, i, JsonWords.character(doc, i) + " cannot start a value: a value is a string in double"
                + " quotes, a number, true, false, null, an object or an array");
    }

    /** What follows a value inside an object or an array. */
    private Found afterValue(int c) {
        Frame frame = top();
        if (c == ',') {
            frame.comma = i;
            i++;
            return null;
        }
        if (c == '}' || c == ']') {
            return frame.closer().charAt(0) == c ? close() : mismatched(c);
        }
        if (c == '"' || c == '{' || c == '[' || c == '\'' || c == '-' || (c >= '0' && c <= '9') || JsonWords.isWordByte(c)) {
            String before = frame.object && c == '"'
                    ? ", before the key " + Problems.quote(JsonWords.text(doc, i + 1, JsonWords.lineStringEnd(doc, i)))
                    : ", before the " + (frame.object ? "text" : "item");
            return error(frame.path, frame.lastEnd, "missing comma between " + (frame.object ? "members" : "items") + before
                    + " at " + lines.at(i));
        }
        String after = frame.object ? "the value of " + Problems.quote(frame.key) : "item " + (frame.items - 1);
        return error(frame.path, i, "unexpected " + JsonWords.character(doc, i) + " after " + after + "; expected \",\" or "
                + Problems.quote(frame.closer()));
    }

    private Found close() {
        open.remove(open.size() - 1);
        i++;
        return valueEnded();
    }

    /** Notes where a value ended, for a missing comma after it. */
    private Found valueEnded() {
        if (!open.isEmpty()) {
            Frame frame = top();
            frame.lastEnd = i;
            if (!frame.object) {
                frame.items++;
            }
        }
        return null;
    }

    private Found mismatched(int c) {
        Frame frame = top();
        return error(frame.path, i, Problems.quote(String.valueOf((char) c)) + " does not close the " + frame.kind()
                + " opened at " + lines.at(frame.open) + "; expected " + Problems.quote(frame.closer()));
    }

    /** The end of the document before the root value is whole. */
    private Found ended(Expect expect) {
        if (open.isEmpty()) {
            return error(ElementPath.root(), i, "the document ends before its configuration begins");
        }
        StringBuilder missing = new StringBuilder();
        for (int f = open.size() - 1; f >= 0; f--) {
            missing.append(open.get(f).closer());
        }
        Frame frame = top();
        String after = expect == Expect.KEY || expect == Expect.ITEM ? " after a comma" : "";
        return error(frame.path, i, "the document ends" + after + " inside the " + frame.kind() + " opened at "
                + lines.at(frame.open) + " (missing " + Problems.quote(missing.toString()) + ")");
    }

    /** Reads a string from its opening quote to just past its closing one; an error names {@code path}. */
    private Found string(ElementPath path) {
        int start = i;
        i++;
        while (i < doc.length) {
            int b = doc[i] & 0xff;
            if (b == '"') {
                i++;
                return null;
            }
            if (b == '\\' && i + 1 < doc.length) {
                Optional<String> bad = JsonWords.escapeError(doc, i);
                if (bad.isPresent()) {
                    return error(path, i, bad.get());
                }
                i += doc[i + 1] == 'u' ? 6 : 2;
            } else if (b == '\\') {
                break; // the last byte of the document
            } else if (b == '\n' || b == '\r') {
                return error(path, i, "unterminated string: the line ends before the closing quote of the string opened at "
                        + lines.at(start) + " (a line break inside a string is written \\n)");
            } else if (b < 0x20) {
                return error(path, i, "a raw control character " + JsonWords.controlName(b) + " inside a string: JSON"
                        + " needs it escaped, as " + JsonWords.escapeOf(b));
            } else {
                i++;
            }
        }
        return error(path, doc.length, "unterminated string: the document ends before the closing quote of the string"
                + " opened at " + lines.at(start));
    }

    private Frame top() {
        return open.get(open.size() - 1);
    }

    private ElementPath here() {
        return open.isEmpty() ? ElementPath.root() : top().path;
    }

    private Found error(ElementPath path, int offset, String message) {
        return new Found(path, lines.at(offset), message);
    }
}
