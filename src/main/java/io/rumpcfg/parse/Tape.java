package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A document as the token reader saw it, flat: one entry per token in document order, an
 * element named by its index. An object is its entry, then for each member a key entry
 * followed by the value's entries, then an end entry; an array is the same without keys.
 * Objects keep every member in document order, repeated keys included; the section readers
 * judge them.
 *
 * <p>Flat because it is the boot path: a tree of nodes cost a node, a position, a member
 * and two lists per value, which was most of the parser's time and allocation. Here a token
 * costs a few array slots; positions are made only for what asks for one.
 */
final class Tape {
    /** No element: the end of an iteration, or a member that is absent. */
    static final int NONE = -1;

    static final byte OBJECT = 1;
    static final byte ARRAY = 2;
    static final byte END = 3;
    static final byte KEY = 4;
    static final byte STRING = 5;
    static final byte INTEGER = 6;
    static final byte DECIMAL = 7;
    static final byte TRUE = 8;
    static final byte FALSE = 9;
    static final byte NULL = 10;

    /**
     * Each thread's tape from its last document, kept for its next one: a tape is as large as
     * its document, and one per parse would be a fifth of the parser's allocation. A soft
     * reference, so that memory that is short can take it back. Per thread, unlike Jackson's
     * buffers, which since 2.18 go back to one pool shared by every thread: a program that
     * parses on many threads (virtual threads, say) keeps a tape for each until memory is short.
     */
    private static final ThreadLocal<SoftReference<Tape>> RECYCLED = new ThreadLocal<>();

    private LineMap lines;
    /** The document, whose bytes spell the numbers added by {@link #number}. */
    private byte[] document;
    private byte[] kinds;
    private int[] offsets;
    /**
     * For each object and array, the index just past it and everything it contains; any other
     * entry ends where the next begins. For a number added by {@link #number}, its length.
     */
    private int[] after;
    /**
     * When the token reader knew its tokens' places (a plain document, whose columns in bytes
     * are columns in characters), the rows its tokens are on: each row's line and the offset
     * where it starts, in document order, a row kept once however many tokens it holds. An
     * entry's place is its row and its offset's distance from the row's start. Else
     * {@link #lines} tells places when asked.
     *
     * <p>Rows rather than a line and a column per entry: most entries (ends, keys of fixed
     * shapes, values inside a mount) are never placed, and writing two more arrays per token
     * cost more than finding the row of the few that are.
     */
    private int[] rowLines;
    private int[] rowStarts;
    private int rows;
    /** The row of the last entry placed: the readers ask in document order, mostly. */
    private int lastRow;
    private boolean placed;
    /**
     * A key's name, a string's decoded text, a number as written: a number added by
     * {@link #number} only once {@link #text} is first asked for it.
     */
    private String[] texts;
    /** The text between a string's quotes as written, only for strings written with an escape. */
    private String[] raws;
    private int size;

    private Tape(int capacity) {
        int n = Math.max(16, capacity);
        kinds = new byte[n];
        offsets = new int[n];
        after = new int[n];
        // A line per two to eight tokens in the examples and the benchmarks' configs.
        rowLines = new int[n / 4];
        rowStarts = new int[n / 4];
    }

    /**
     * An empty tape for a document whose positions {@code lines} tells, of at least
     * {@code capacity} entries before it grows: this thread's recycled tape when there is one.
     * Give it back with {@link #recycle} once read.
     */
    static Tape obtain(byte[] document, LineMap lines, int capacity, boolean placed) {
        SoftReference<Tape> ref = RECYCLED.get();
        Tape tape = ref == null ? null : ref.get();
        if (tape == null) {
            tape = new Tape(capacity);
        } else {
            RECYCLED.set(null);
        }
        tape.document = document;
        tape.lines = lines;
        tape.placed = placed;
        // The texts are new for each document: a recycled array is old to the garbage
        // collector, and storing each new string into one costs a write barrier's slow path.
        // Sized for this document, not for the largest the tape has held.
        tape.texts = new String[Math.max(16, Math.min(capacity, tape.kinds.length))];
        tape.size = 0;
        tape.rows = 0;
        tape.lastRow = 0;
        return tape;
    }

    /** Forgets this tape's document (its texts are not kept alive) and keeps it for this thread's next. */
    void recycle() {
        texts = null;
        raws = null;
        size = 0;
        lines = null;
        document = null;
        RECYCLED.set(new SoftReference<>(this));
    }

    // Writing, by the token reader.

    /** Adds an entry. */
    int add(byte kind, int offset, String text) {
        if (size == texts.length) {
            grow();
        }
        kinds[size] = kind;
        offsets[size] = offset;
        texts[size] = text;
        return size++;
    }

    /**
     * Adds a number (of {@code kind} {@link #INTEGER} or {@link #DECIMAL}) written as the
     * {@code length} bytes at {@code offset}: spelled as a string only if something asks for
     * its text. Most numbers are sysctl values, which are read from the bytes into a
     * {@code long} ({@link #shortInteger}) and never need one.
     */
    int number(byte kind, int offset, int length) {
        int n = add(kind, offset, null);
        after[n] = length;
        return n;
    }

    /**
     * Records, for a placed tape, that the token at byte offset {@code offset}, in 1-based
     * column {@code column} (in bytes) of line {@code line}, is the first of its line: called
     * before its entry is added. The line starts {@code column - 1} bytes before the token;
     * {@link #columnOf} is the same rule the other way.
     */
    void row(int line, int offset, int column) {
        int start = offset + 1 - column;
        if (rows == rowLines.length) {
            rowLines = Arrays.copyOf(rowLines, Math.max(16, rows * 2));
            rowStarts = Arrays.copyOf(rowStarts, rowLines.length);
        }
        rowLines[rows] = line;
        rowStarts[rows] = start;
        rows++;
    }

    /** Ends the container at {@code start}, which now spans everything added since. */
    void close(int start) {
        if (size == texts.length) {
            grow();
        }
        // An end's text stays null, as the texts are new for each document.
        kinds[size] = END;
        offsets[size] = offsets[start];
        after[start] = ++size;
    }

    void raw(int string, String raw) {
        if (raws == null) {
            raws = new String[kinds.length];
        }
        raws[string] = raw;
    }

    /** Forgets every entry from {@code index} on: a member over the limit is not kept. */
    void truncate(int index) {
        Arrays.fill(texts, index, size, null);
        if (raws != null) {
            Arrays.fill(raws, index, Math.min(size, raws.length), null);
        }
        size = index;
    }

    int size() {
        return size;
    }

    private void grow() {
        if (texts.length < kinds.length) {
            texts = Arrays.copyOf(texts, Math.min(kinds.length, texts.length * 2));
            return;
        }
        int n = kinds.length + (kinds.length >> 1);
        kinds = Arrays.copyOf(kinds, n);
        offsets = Arrays.copyOf(offsets, n);
        after = Arrays.copyOf(after, n);
        texts = Arrays.copyOf(texts, n);
        if (raws != null) {
            raws = Arrays.copyOf(raws, n);
        }
    }

    // Reading, by the section readers.

    byte kind(int v) {
        return kinds[v];
    }

    boolean isObject(int v) {
        return kinds[v] == OBJECT;
    }

    boolean isArray(int v) {
        return kinds[v] == ARRAY;
    }

    boolean isString(int v) {
        return kinds[v] == STRING;
    }

    boolean isNumber(int v) {
        return kinds[v] == INTEGER || kinds[v] == DECIMAL;
    }

    /** A number without fraction or exponent. */
    boolean isIntegral(int v) {
        return kinds[v] == INTEGER;
    }

    boolean isBoolean(int v) {
        return kinds[v] == TRUE || kinds[v] == FALSE;
    }

    boolean booleanValue(int v) {
        return kinds[v] == TRUE;
    }

    /** A key's name, a string's decoded text or a number as written; null for the others. */
    String text(int v) {
        String text = texts[v];
        if (text == null && (kinds[v] == INTEGER || kinds[v] == DECIMAL)) {
            text = texts[v] = new String(document, offsets[v], after[v], StandardCharsets.US_ASCII);
        }
        return text;
    }

    /** A string's text between its quotes as written, escapes undecoded (what the older guests see). */
    String raw(int v) {
        String raw = raws == null ? null : raws[v];
        return raw == null ? texts[v] : raw;
    }

    /** An integer number that fits a long (see {@link Reading#inRange}). */
    long longValue(int v) {
        return Long.parseLong(text(v));
    }

    /** The length of a number as written. */
    int numberLength(int v) {
        return texts[v] != null ? texts[v].length() : after[v];
    }

    /**
     * The value of an integer number of at most 18 digits (so that it fits a {@code long}),
     * read from the document's bytes: JSON's grammar (an optional '-', then digits), which
     * Jackson held it to, read digit by digit without the checks of {@link Long#parseLong}
     * and without spelling a string.
     */
    long shortInteger(int v) {
        if (texts[v] != null) {
            // Spelled already, or spelled by Jackson's own parser, which the token reader uses
            // for a document it does not read with ours (one with a byte-order mark).
            return Long.parseLong(texts[v]);
        }
        int at = offsets[v];
        int end = at + numberLength(v);
        boolean negative = document[at] == '-';
        long n = 0;
        for (int i = negative ? at + 1 : at; i < end; i++) {
            n = 10 * n + (document[i] - '0');
        }
        return negative ? -n : n;
    }

    /** Whether the document wrote this string with an escape. */
    boolean escaped(int v) {
        return raws != null && raws[v] != null;
    }

    /** The byte offset of the element's first token. */
    long offset(int v) {
        return offsets[v];
    }

    /** Where the element's first token starts; for a member, pass its key for the key's place. */
    Position position(int v) {
        if (offsets[v] < 0) {
            return Position.UNKNOWN;
        }
        if (!placed) {
            return lines.at(offsets[v]);
        }
        int r = rowOf(offsets[v]);
        return new Position(rowLines[r], columnOf(offsets[v], r), offsets[v]);
    }

    /**
     * The origin of a model element at {@code v} (for a member, its key) with its path: its
     * place without a {@link Position} in between when the tape knows it.
     */
    Origin origin(ElementPath path, int v) {
        if (placed && offsets[v] >= 0) {
            int r = rowOf(offsets[v]);
            return new Origin(path, rowLines[r], columnOf(offsets[v], r), offsets[v]);
        }
        return new Origin(path, position(v));
    }

    /**
     * The origin of a model element that is the member {@code key} of the element at
     * {@code parent}, placed at {@code v} (its key, or its value): its path is made only if
     * something asks for it, which on the boot path nothing does.
     */
    Origin memberOrigin(ElementPath parent, String key, int v) {
        if (placed && offsets[v] >= 0) {
            int r = rowOf(offsets[v]);
            return Origin.ofMember(parent, key, rowLines[r], columnOf(offsets[v], r), offsets[v]);
        }
        Position p = position(v);
        return Origin.ofMember(parent, key, p.line(), p.column(), p.offset());
    }

    /** The 1-based column of the token at {@code offset}, on row {@code r}. */
    private int columnOf(int offset, int r) {
        return offset - rowStarts[r] + 1;
    }

    /** The row the token at {@code offset} is on: the last that starts at or before it. */
    private int rowOf(int offset) {
        int r = lastRow;
        if (offset >= rowStarts[r]) {
            // Document order: the same row as the last entry placed, or the next.
            if (r + 1 == rows || offset < rowStarts[r + 1]) {
                return r;
            }
            if (r + 2 == rows || offset < rowStarts[r + 2]) {
                return lastRow = r + 1;
            }
        }
        int found = Arrays.binarySearch(rowStarts, 0, rows, offset);
        return lastRow = found >= 0 ? found : -found - 2;
    }

    /** The first member's key of an object, the first item of an array, or {@link #NONE}. */
    int first(int container) {
        int i = container + 1;
        return kinds[i] == END ? NONE : i;
    }

    /** The member (key) or item after {@code element} in its container, or {@link #NONE}. */
    int next(int element) {
        int v = kinds[element] == KEY ? element + 1 : element;
        int i = kinds[v] == OBJECT || kinds[v] == ARRAY ? after[v] : v + 1;
        return kinds[i] == END ? NONE : i;
    }

    /** The value of the member whose key is {@code key}. */
    static int value(int key) {
        return key + 1;
    }

    /** The first member (its key) of object {@code obj} named {@code key}, or {@link #NONE}. */
    int member(int obj, String key) {
        for (int m = first(obj); m != NONE; m = next(m)) {
            if (key.equals(texts[m])) {
                return m;
            }
        }
        return NONE;
    }

    /** The value of the first member of object {@code obj} named {@code key}, or {@link #NONE}. */
    int valueOf(int obj, String key) {
        int m = member(obj, key);
        return m == NONE ? NONE : m + 1;
    }

    /** The number of members or items. */
    int count(int container) {
        int n = 0;
        for (int i = first(container); i != NONE; i = next(i)) {
            n++;
        }
        return n;
    }

    /** The JSON type's name as used in messages: {@code an object}, {@code a string}. */
    String typeName(int v) {
        switch (kinds[v]) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "a string";
            case INTEGER:
            case DECIMAL:
                return "a number";
            case TRUE:
            case FALSE:
                return "a boolean";
            default:
                return "null";
        }
    }
}
