package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What every section reader needs: the options, the problems of this document, typed
 * access to values (a wrong type is reported, naming the type expected) and the register
 * of names that must be unique across repeated root keys.
 */
final class Reading {
    final ParseOptions options;
    final Problems problems;
    final Tape tape;
    /** Per kind of name (a mountpoint, an env name, ...): each name and where it was first declared. */
    private final Map<String, Register> declared = new HashMap<>();
    private int[] slots;
    /** The members of the object {@link #entries} reads, in document order. */
    private int[] members = new int[64];
    /** The kind of the elements that may be given once. */
    private static final String ONCE = "once";

    Reading(ParseOptions options, Problems problems, Tape tape) {
        this.options = options;
        this.problems = problems;
        this.tape = tape;
    }

    /**
     * The members of a fixed-shape object by key, first occurrence of each; repeated keys
     * and keys not in {@code known} are reported (unknown ones as errors).
     */
    Fields fields(int obj, ElementPath path, String where, Fields.Known known) {
        return fields(new Fields(tape, known), obj, path, where);
    }

    /** {@link #fields}, read into {@code f}: a reader's own, pointed at each of its objects in turn. */
    Fields fields(Fields f, int obj, ElementPath path, String where) {
        if (!f.of(obj).all()) {
            check(obj, path, where, f.known());
        }
        return f;
    }

    /**
     * Reports the repeated keys of a fixed-shape object, and those not in {@code known}
     * (unknown ones as errors); true when there are none. The first of a repeated key
     * counts: {@link Tape#member} finds it.
     */
    boolean check(int obj, ElementPath path, String where, List<String> known) {
        boolean all = true;
        for (int m = tape.first(obj); m != Tape.NONE; m = tape.next(m)) {
            String key = tape.text(m);
            if (!known.contains(key)) {
                problems.unknownKey(path.key(key), tape.position(m), key, where, known, false);
                all = false;
                continue;
            }
            int first = tape.member(obj, key);
            if (first != m) {
                problems.duplicateKey(path.key(key), tape.position(m), key, tape.position(first));
                all = false;
            }
        }
        return all;
    }

    /**
     * The members (their keys) of a name → value object (env, interfaces, mounts), first
     * occurrence of each name; repeated names are reported.
     */
    int[] entries(int obj, ElementPath path) {
        // One walk over the object lists its members (counting them first was a second walk).
        int n = 0;
        for (int m = tape.first(obj); m != Tape.NONE; m = tape.next(m)) {
            if (n == members.length) {
                members = Arrays.copyOf(members, 2 * n);
            }
            members[n++] = m;
        }
        if (n < 2) {
            return Arrays.copyOf(members, n);
        }
        // An open-addressing table of the names seen (their members' indexes), at most half
        // full: a HashMap here cost a node and a boxed index per entry.
        int size = Integer.highestOneBit(n - 1) << 2;
        int[] seen = slots(size);
        int[] out = new int[n];
        int kept = 0;
        for (int j = 0; j < n; j++) {
            int m = members[j];
            int earlier = firstNamed(seen, size - 1, m);
            if (earlier != m) {
                problems.duplicateKey(path.key(tape.text(m)), tape.position(m), tape.text(m), tape.position(earlier));
                continue;
            }
            out[kept++] = m;
        }
        return kept == n ? out : Arrays.copyOf(out, kept);
    }

    /** The member already in {@code seen} (of {@code mask + 1} slots) with {@code m}'s name; else {@code m}, added. */
    private int firstNamed(int[] seen, int mask, int m) {
        String name = tape.text(m);
        int hash = name.hashCode();
        for (int i = Register.spread(hash) & mask; ; i = (i + 1) & mask) {
            int earlier = seen[i];
            if (earlier == Tape.NONE) {
                seen[i] = m;
                return m;
            }
            // Names that only share a slot mostly differ in their (cached) hashes: told
            // without reading their characters.
            String other = tape.text(earlier);
            if (other.hashCode() == hash && other.equals(name)) {
                return earlier;
            }
        }
    }

    /** A table whose first {@code n} ints are cleared; the last one when it is large enough. */
    private int[] slots(int n) {
        if (slots == null || slots.length < n) {
            slots = new int[n];
        }
        Arrays.fill(slots, 0, n, Tape.NONE);
        return slots;
    }

    /**
     * Registers a name that must be unique in the whole document (across repeated root keys);
     * false, with the problem reported, when it was declared before.
     */
    boolean declare(String what, String name, ElementPath path, Position at) {
        Position first = register(what).declare(name, at);
        if (first != null) {
            problems.declaredTwice(path, at, what, name, first);
            return false;
        }
        return true;
    }

    /**
     * Declares the names of {@code entries} (from {@link #entries}) as names of kind
     * {@code what}, each at its key, when they are the first of their kind (the usual case):
     * then true, and they are not to be {@link #declare}d one by one. Else false, and each is
     * to be declared, which reports it if it was declared before; see {@link Register#adopt}.
     */
    boolean declareAll(String what, int[] entries) {
        return register(what).adopt(tape, entries);
    }

    /** Registers an element that may appear once in the whole document; false, reported, when it appeared before. */
    boolean once(ElementPath path, Position at) {
        Position first = register(ONCE).declare(path, at);
        if (first != null) {
            problems.givenTwice(path, at, first);
            return false;
        }
        return true;
    }

    private Register register(String what) {
        Register register = declared.get(what);
        if (register == null) {
            register = new Register();
            declared.put(what, register);
        }
        return register;
    }

    /** Whether {@code v} is an object; reported when not. */
    boolean object(int v, ElementPath path) {
        return is(tape.isObject(v), v, path, "an object");
    }

    /** Whether {@code v} is an array; reported when not. */
    boolean array(int v, ElementPath path) {
        return is(tape.isArray(v), v, path, "an array");
    }

    /** The string {@code v}, or null, reported, when it is not one. */
    String string(int v, ElementPath path) {
        return string(v, path, "a string");
    }

    String string(int v, ElementPath path, String expected) {
        return is(tape.isString(v), v, path, expected) ? tape.text(v) : null;
    }

    /** The boolean {@code v}, or null, reported, when it is not one. */
    Boolean bool(int v, ElementPath path) {
        return is(tape.isBoolean(v), v, path, "a boolean") ? tape.booleanValue(v) : null;
    }

    /** The integer number {@code v} in {@code min..max}, or null, reported, when it is not one. */
    Long integer(int v, ElementPath path, long min, long max) {
        return is(tape.isIntegral(v), v, path, "an integer") && inRange(v, path, min, max) ? tape.longValue(v) : null;
    }

    /** Whether the integer number {@code v}, known to be one, is in {@code min..max}; reported when not. */
    boolean inRange(int v, ElementPath path, long min, long max) {
        String text = tape.text(v);
        boolean in;
        if (isShort(v)) {
            long value = Long.parseLong(text);
            in = value >= min && value <= max;
        } else {
            BigInteger value = new BigInteger(text);
            in = value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
        }
        if (!in) {
            problems.outOfRange(path, tape.position(v), text, min, max);
        }
        return in;
    }

    /**
     * One of a fixed set of string tokens: the list's own string (not the document's), or
     * null, reported, with the nearest for a misspelling.
     */
    String oneOf(int v, ElementPath path, String what, List<String> tokens) {
        String s = string(v, path);
        if (s == null) {
            return null;
        }
        int i = tokens.indexOf(s);
        if (i < 0) {
            problems.badEnum(path, tape.position(v), s, what, tokens, Suggest.nearest(s, tokens));
            return null;
        }
        return tokens.get(i);
    }

    /**
     * Whether the integer number {@code v}, known to be one, is a long for sure: up to 18
     * digits always fit one; only longer numbers need a BigInteger to compare.
     */
    boolean isShort(int v) {
        return tape.numberLength(v) <= 18;
    }

    /** The value of the integer number {@code v}, known to be one and {@link #isShort}. */
    long shortValue(int v) {
        return tape.shortInteger(v);
    }

    /**
     * The first {@code n} elements of {@code read}, the list a reader returns: built straight
     * from the array (a list grown element by element was then copied whole by the model).
     */
    static <T> List<T> list(T[] read, int n) {
        return List.of(n == read.length ? read : Arrays.copyOf(read, n));
    }

    /** Where {@code v} is, with its path: the origin of a model element. */
    Origin origin(ElementPath path, int v) {
        return tape.origin(path, v);
    }

    private boolean is(boolean ok, int v, ElementPath path, String expected) {
        if (!ok) {
            problems.wrongType(path, tape, v, expected);
        }
        return ok;
    }
}
