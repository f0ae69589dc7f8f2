package io.rumpcfg.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tokens rumprun master's guest makes of its configuration text, with the lenient
 * tokenizer it carries (jsmn, built without its strict mode). A guest reads an older
 * document through these tokens, not through JSON's grammar, so rumpcfg reads an older
 * document through them too: this class is the behaviour of that tokenizer, written here
 * from what it does, not from its code.
 *
 * <p>What it does, which strict JSON does not:
 * <ul>
 *   <li>Tokens are objects, arrays, strings and "primitives": any run of printable ASCII up
 *       to a blank, {@code ,}, {@code :}, {@code ]} or <code>&#125;</code>. A word, a number and
 *       {@code true} are all primitives, and a <code>&#123;</code> inside one is part of it.</li>
 *   <li>A token's <em>size</em> counts the tokens directly under it. A {@code :} puts what
 *       follows under the token just before it (a key, usually); a {@code ,} ends that and
 *       goes back to the innermost open object or array. Without a colon a value is counted
 *       as another member of the object; without a comma the next key is counted under the
 *       previous key. Extra commas change nothing.</li>
 *   <li>A string runs to the next unescaped {@code "}, raw control characters and bytes
 *       over 0x7f included; an escape must be one of JSON's, and is checked, never decoded
 *       ({@code \\u} takes up to four hex digits).</li>
 *   <li>Tokens may follow the root object: a second object, a string, a word.</li>
 *   <li>The text ends at the first NUL byte.</li>
 * </ul>
 * It fails (the guest halts: "json parse failed") on an unterminated string, a bad escape,
 * a control character or a byte over 0x7f outside a string, a closing bracket of the wrong
 * kind or with nothing open, and an object or array left open.
 */
final class JsmnTokens {
    static final int OBJECT = 1;
    static final int ARRAY = 2;
    static final int STRING = 3;
    static final int PRIMITIVE = 4;

    private final byte[] text;
    private final int length;
    private int[] type = new int[64];
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] size = new int[64];
    private int count;
    /** Where tokenizing failed, or -1. */
    private int failedAt = -1;
    private String failure;

    private JsmnTokens(byte[] text, int from) {
        this.text = text;
        int n = from;
        while (n < text.length && text[n] != 0) {
            n++;
        }
        this.length = n;
    }

    /** The tokens of {@code text} from offset {@code from} (its first <code>&#123;</code>) to its first NUL. */
    static JsmnTokens of(byte[] text, int from) {
        JsmnTokens t = new JsmnTokens(text, from);
        t.tokenize(from);
        return t;
    }

    boolean failed() {
        return failedAt >= 0;
    }

    /** The offset where tokenizing failed. */
    int failedAt() {
        return failedAt;
    }

    /** Why tokenizing failed, in words. */
    String failure() {
        return failure;
    }

    /** Where the text ends: the first NUL, or the end of the bytes. */
    int length() {
        return length;
    }

    int count() {
        return count;
    }

    int type(int i) {
        return type[i];
    }

    /** The first byte of token {@code i}; for a string, the one after its opening quote. */
    int start(int i) {
        return start[i];
    }

    /** Just past token {@code i}; for a string, its closing quote. */
    int end(int i) {
        return end[i];
    }

    int size(int i) {
        return size[i];
    }

    /** Where a diagnostic about token {@code i} points: a string's opening quote, else its first byte. */
    int at(int i) {
        return type[i] == STRING ? start[i] - 1 : start[i];
    }

    /** The raw text of a string or primitive, escapes as written: what the guest sees. */
    String text(int i) {
        return new String(text, start[i], end[i] - start[i], StandardCharsets.UTF_8);
    }

    /** The raw bytes' length of token {@code i}'s text. */
    int textBytes(int i) {
        return end[i] - start[i];
    }

    /** Whether string or primitive {@code i} holds a backslash. */
    boolean escaped(int i) {
        for (int p = start[i]; p < end[i]; p++) {
            if (text[p] == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The first raw control character (a TAB, say) inside string {@code i}, or -1. */
    int rawControl(int i) {
        for (int p = start[i]; p < end[i]; p++) {
            if ((text[p] & 0xff) < 0x20) {
                return p;
            }
        }
        return -1;
    }

    /** The index just past token {@code i} and everything under it. */
    int skip(int i) {
        int j = i + 1;
        while (j < count && start[j] < end[i]) {
            j++;
        }
        return j;
    }

    private void tokenize(int from) {
        int parent = -1; // the token new tokens are counted under ("toksuper")
        for (int pos = from; pos < length; pos++) {
            byte c = text[pos];
            switch (c) {
                case '{':
                case '[': {
                    int t = add(c == '{' ? OBJECT : ARRAY, pos, -1);
                    if (parent != -1) {
                        size[parent]++;
                    }
                    parent = t;
                    break;
                }
                case '}':
                case ']': {
                    int kind = c == '}' ? OBJECT : ARRAY;
                    int open = innermostOpen(count - 1);
                    if (open < 0) {
                        fail(pos, "a closing " + (char) c + " with nothing open");
                        return;
                    }
                    if (type[open] != kind) {
                        fail(pos, "a closing " + (char) c + " where " + (type[open] == OBJECT ? "an object" : "an array")
                                + " is open");
                        return;
                    }
                    end[open] = pos + 1;
                    parent = innermostOpen(open - 1);
                    break;
                }
                case '"': {
                    int close = string(pos);
                    if (close < 0) {
                        return;
                    }
                    add(STRING, pos + 1, close);
                    if (parent != -1) {
                        size[parent]++;
                    }
                    pos = close;
                    break;
                }
                case '\t':
                case '\r':
                case '\n':
                case ' ':
                    break;
                case ':':
                    parent = count - 1;
                    break;
                case ',':
                    if (parent != -1 && type[parent] != OBJECT && type[parent] != ARRAY) {
                        parent = innermostOpen(count - 1);
                    }
                    break;
                default: {
                    int stop = primitive(pos);
                    if (stop < 0) {
                        return;
                    }
                    add(PRIMITIVE, pos, stop);
                    if (parent != -1) {
                        size[parent]++;
                    }
                    pos = stop - 1;
                }
            }
        }
        int open = innermostOpen(count - 1);
        if (open >= 0) {
            fail(length, (type[open] == OBJECT ? "an object" : "an array") + " left open");
        }
    }

    /** The innermost object or array at or before token {@code from} still open, or -1. */
    private int innermostOpen(int from) {
        for (int i = from; i >= 0; i--) {
            if ((type[i] == OBJECT || type[i] == ARRAY) && end[i] == -1) {
                return i;
            }
        }
        return -1;
    }

    /** The offset of the closing quote of the string opened at {@code open}, or -1, failed. */
    private int string(int open) {
        for (int pos = open + 1; pos < length; pos++) {
            byte c = text[pos];
            if (c == '"') {
                return pos;
            }
            if (c == '\\' && pos + 1 < length) {
                pos++;
                byte e = text[pos];
                if (e == 'u') {
                    for (int k = 0; k < 4 && pos + 1 < length; k++) {
                        if (!isHex(text[pos + 1])) {
                            fail(pos + 1, "a \\u escape without four hex digits");
                            return -1;
                        }
                        pos++;
                    }
                } else if ("\"/\\bfrnt".indexOf(e) < 0) {
                    fail(pos - 1, "an escape JSON does not have: \\" + (char) (e & 0xff));
                    return -1;
                }
            }
        }
        fail(open, "a string that does not end");
        return -1;
    }

    /** The offset just past the primitive starting at {@code from}, or -1, failed. */
    private int primitive(int from) {
        for (int pos = from; pos < length; pos++) {
            byte c = text[pos];
            switch (c) {
                case ':':
                case '\t':
                case '\r':
                case '\n':
                case ' ':
                case ',':
                case ']':
                case '}':
                    return pos;
                default:
                    if (c < 0x20 || c == 0x7f) { // bytes over 0x7f are negative here
                        fail(pos, c < 0 ? "a byte over 0x7f outside a string" : "a control character outside a string");
                        return -1;
                    }
            }
        }
        return length;
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private int add(int kind, int from, int to) {
        if (count == type.length) {
            int n = count * 2;
            type = Arrays.copyOf(type, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            size = Arrays.copyOf(size, n);
        }
        type[count] = kind;
        start[count] = from;
        end[count] = to;
        size[count] = 0;
        return count++;
    }

    private void fail(int at, String why) {
        failedAt = at;
        failure = why;
    }
}
