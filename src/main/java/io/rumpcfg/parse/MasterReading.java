package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every reader of an older document needs: its tokens, positions and problems, and the
 * guest's way of reading an object and a value (a key and its one value, a string taken as
 * written, a key matched by prefix, the last of a repeated key), with the diagnostics each
 * reading calls for.
 */
final class MasterReading {
    final byte[] document;
    final JsmnTokens t;
    final LineMap lines;
    final ParseOptions options;
    final Problems problems;

    MasterReading(byte[] document, JsmnTokens tokens, LineMap lines, ParseOptions options, Problems problems) {
        this.document = document;
        this.t = tokens;
        this.lines = lines;
        this.options = options;
        this.problems = problems;
    }

    // --- the guest's reading of objects and values

    /**
     * The members of a net or blk object by the key they match, the last of a repeated one;
     * null when the guest halts on the object.
     */
    Map<String, Integer> members(MasterKeys keys, String what, ElementPath path, int obj) {
        if (t.type(obj) != JsmnTokens.OBJECT) {
            halt(path, obj, what + " must be an object, not " + describe(obj));
            return null;
        }
        int size = t.size(obj);
        if (t.count() - obj < 2 * size + 1) {
            halt(path, obj, "this " + what + " object's members are not pairs of a key and a value: the guest reads"
                    + " the object again and again, for ever");
            return null;
        }
        Map<String, Integer> found = new HashMap<>();
        for (int k = 0, p = obj + 1; k < size; k++, p += 2) {
            if (t.type(p) != JsmnTokens.STRING) {
                halt(path, p, "a member of " + what + " must be a key, not " + describe(p));
                return null;
            }
            String key = t.text(p);
            ElementPath at = path.key(key);
            if (!pair(at, p, p + 1)) {
                return null;
            }
            String name = keys.match(key);
            if (name == null) {
                halt(at, p, what + " has no key spelled " + Problems.quote(key) + " or beginning so ("
                        + String.join(", ", keys.names()) + ")");
                return null;
            }
            prefix(keys, key, at, p);
            Integer earlier = found.put(name, p + 1);
            if (earlier != null) {
                problems.olderLastWins(at, at(p + 1), what + " " + name, at(earlier));
            }
            rawControl(at, p + 1);
            if (t.escaped(p + 1)) {
                problems.olderEscape(at, at(p + 1), t.text(p + 1), GuestText.decode(t.text(p + 1)));
            }
        }
        return found;
    }

    /** Whether {@code key} has exactly one value, a string with nothing under it, as the guest requires. */
    boolean pair(ElementPath at, int key, int value) {
        if (t.size(key) != 1) {
            halt(at, key, t.size(key) == 0 ? "a key without its ':' and value" : "a key followed by more than one value"
                    + " (a comma missing before the next key?)");
            return false;
        }
        if (t.type(value) != JsmnTokens.STRING) {
            halt(at, value, "the value must be a string, not " + describe(value));
            return false;
        }
        if (t.size(value) != 0) {
            halt(at, value, "a string value followed by a ':'");
            return false;
        }
        return true;
    }

    boolean isString(ElementPath path, int value, String what) {
        if (t.type(value) != JsmnTokens.STRING) {
            halt(path, value, what + " must be a string, not " + describe(value));
            return false;
        }
        return true;
    }

    /** A string as the guest takes it, warning when escapes make it other than it looks. */
    String raw(ElementPath path, int value) {
        String text = t.text(value);
        if (t.escaped(value)) {
            problems.olderEscape(path, at(value), text, GuestText.decode(text));
        }
        rawControl(path, value);
        return text;
    }

    void rawControl(ElementPath path, int value) {
        int c = t.rawControl(value);
        if (c >= 0) {
            problems.olderRawControl(path, lines.at(c), document[c]);
        }
    }

    void prefix(MasterKeys keys, String key, ElementPath path, int token) {
        if (keys.isPrefix(key)) {
            problems.olderPrefix(path, at(token), key, keys.match(key));
        }
    }

    void twice(int earlier, ElementPath at, int value) {
        if (earlier >= 0) {
            problems.olderLastWins(at, at(value), "rc entry " + at.lastKey().orElse(""), at(earlier));
        }
    }

    void halt(ElementPath path, int token, String why) {
        problems.olderHalt(path, at(token), why);
    }

    /** The index after root key {@code key} and the value its colon gave it. */
    int afterMember(int key) {
        return t.size(key) > 0 && key + 1 < t.count() ? t.skip(key + 1) : key + 1;
    }

    /** The key of the member whose value is token {@code value}. */
    String key(int value) {
        return t.text(value - 1);
    }

    Position at(int token) {
        return lines.at(t.at(token));
    }

    Origin origin(ElementPath path, int token) {
        return new Origin(path, at(token));
    }

    String describe(int token) {
        switch (t.type(token)) {
            case JsmnTokens.OBJECT:
                return "an object";
            case JsmnTokens.ARRAY:
                return "an array";
            case JsmnTokens.STRING:
                return "the string " + Problems.quote(t.text(token));
            default:
                return "the word " + Problems.quote(t.text(token));
        }
    }

    static String missing(Map<String, Integer> f, String... keys) {
        List<String> absent = new ArrayList<>();
        for (String k : keys) {
            if (!f.containsKey(k)) {
                absent.add("\"" + k + "\"");
            }
        }
        return String.join(" and ", absent);
    }
}
