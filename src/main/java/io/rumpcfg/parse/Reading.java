package io.rumpcfg.parse;

import io.rumpcfg.internal.NameTable;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What every section reader needs: the options, the problems of this document, typed
 * access to values (a wrong type is reported, naming the type expected), the members of
 * fixed-shape objects, and the names that must be unique in the whole document.
 *
 * <p>A value that may be absent is an {@link Optional}: empty when it is missing or wrong,
 * and then already reported. On the tape, a member not given is {@link Tape#NONE}.
 */
final class Reading {
    final ParseOptions options;
    final Problems problems;
    final Tape tape;
    final UniqueNames unique;
    /** The members of the object {@link #entries} reads, in document order. */
    private int[] members = new int[64];

    Reading(ParseOptions options, Problems problems, Tape tape) {
        this.options = options;
        this.problems = problems;
        this.tape = tape;
        this.unique = new UniqueNames(tape, problems);
    }

    /**
     * The members of the fixed-shape object {@code obj} by key, the first of each; repeated
     * keys and keys not of {@code shape} are reported (unknown ones as errors).
     */
    <K extends Enum<K> & Shape.Key> Members<K> members(int obj, ElementPath path, Shape<K> shape) {
        Members<K> members = Members.of(tape, obj, shape);
        if (!members.isClean()) {
            check(obj, path, shape);
        }
        return members;
    }

    /**
     * Reports the repeated keys of a fixed-shape object, and those not of {@code shape}
     * (unknown ones as errors); true when there are none. The first of a repeated key
     * counts: {@link Tape#member} finds it.
     */
    boolean check(int obj, ElementPath path, Shape<?> shape) {
        boolean clean = true;
        for (int m = tape.first(obj); m != Tape.NONE; m = tape.next(m)) {
            String key = tape.text(m);
            if (shape.index(key) < 0) {
                problems.unknownKey(path.key(key), tape.position(m), key, shape.what(), shape.names(), false);
                clean = false;
                continue;
            }
            int first = tape.member(obj, key);
            if (first != m) {
                problems.duplicateKey(path.key(key), tape.position(m), key, tape.position(first));
                clean = false;
            }
        }
        return clean;
    }

    /**
     * The members (their keys) of a name → value object (env, interfaces, mounts), first
     * occurrence of each name; repeated names are reported.
     */
    int[] entries(int obj, ElementPath path) {
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
        NameTable seen = new NameTable(n);
        int[] out = new int[n];
        int kept = 0;
        for (int j = 0; j < n; j++) {
            int m = members[j];
            int earlier = seen.putIfAbsent(tape.text(m), m);
            if (earlier != NameTable.ABSENT) {
                problems.duplicateKey(path.key(tape.text(m)), tape.position(m), tape.text(m), tape.position(earlier));
                continue;
            }
            out[kept++] = m;
        }
        return kept == n ? out : Arrays.copyOf(out, kept);
    }

    /** Whether {@code v} is an object; reported when not. */
    boolean object(int v, ElementPath path) {
        return is(tape.isObject(v), v, path, "an object");
    }

    /** Whether {@code v} is an array; reported when not. */
    boolean array(int v, ElementPath path) {
        return is(tape.isArray(v), v, path, "an array");
    }

    /** The string {@code v}; empty, reported, when it is not one. */
    Optional<String> string(int v, ElementPath path) {
        return string(v, path, "a string");
    }

    Optional<String> string(int v, ElementPath path, String expected) {
        return is(tape.isString(v), v, path, expected) ? Optional.of(tape.text(v)) : Optional.empty();
    }

    /** The boolean {@code v}; empty, reported, when it is not one. */
    Optional<Boolean> bool(int v, ElementPath path) {
        return is(tape.isBoolean(v), v, path, "a boolean") ? Optional.of(tape.booleanValue(v)) : Optional.empty();
    }

    /** The integer number {@code v} in {@code min..max}; empty, reported, when it is not one. */
    Optional<Long> integer(int v, ElementPath path, long min, long max) {
        return is(tape.isIntegral(v), v, path, "an integer") && inRange(v, path, min, max)
                ? Optional.of(tape.longValue(v)) : Optional.empty();
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
     * One of a fixed set of string tokens, the list's own string (not the document's); empty,
     * reported with the nearest for a misspelling, when it is none of them.
     */
    Optional<String> oneOf(int v, ElementPath path, String what, List<String> tokens) {
        Optional<String> s = string(v, path);
        if (s.isEmpty()) {
            return s;
        }
        int i = tokens.indexOf(s.get());
        if (i < 0) {
            problems.badEnum(path, tape.position(v), s.get(), what, tokens, Suggest.nearest(s.get(), tokens));
            return Optional.empty();
        }
        return Optional.of(tokens.get(i));
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
