package io.rumpcfg.parse;

import java.util.Arrays;
import java.util.List;

/**
 * The members of a fixed-shape object (a mount, an rc entry, ...) by key: the first of each
 * known key, found by one walk over the object ({@link #of}). A key's member is its key's
 * index on the tape, the value at {@link Tape#value}. A hot reader keeps one instance per
 * shape and points it at each object in turn (an instance per object, and a walk per key
 * asked for, were a share of the readers' time); {@link Reading#fields} reports what the walk
 * found wrong.
 */
final class Fields {
    /**
     * The known keys of a shape: as a list, which messages name, and in an array, read at each
     * member without a list's checks. Made once per shape, in a constant: copying the list into
     * an array for each reader and each object was a few percent of reading a small document.
     */
    static final class Known {
        private final List<String> list;
        private final String[] names;

        private Known(List<String> list) {
            this.list = list;
            this.names = list.toArray(new String[0]);
        }

        static Known of(List<String> keys) {
            return new Known(List.copyOf(keys));
        }
    }

    private final Tape tape;
    private final List<String> known;
    private final String[] names;
    private final int[] keys;
    private boolean all;

    Fields(Tape tape, Known known) {
        this.tape = tape;
        this.known = known.list;
        this.names = known.names;
        this.keys = new int[names.length];
    }

    /** Points this at object {@code obj}: the first member of each known key, in one walk. */
    Fields of(int obj) {
        for (int k = 0; k < keys.length; k++) {
            keys[k] = Tape.NONE;
        }
        boolean clean = true;
        for (int m = tape.first(obj); m != Tape.NONE; m = tape.next(m)) {
            int k = index(tape.text(m));
            if (k < 0) {
                clean = false;
            } else if (keys[k] == Tape.NONE) {
                keys[k] = m;
            } else {
                clean = false;
            }
        }
        all = clean;
        return this;
    }

    /** The index of {@code key} among the known keys, or -1. */
    private int index(String key) {
        // Keys are mostly the very strings of the list (Jackson interns key names, as string
        // literals are): told apart by identity before any is compared. Comparing covers a
        // key that is not interned.
        for (int k = 0; k < names.length; k++) {
            if (names[k] == key) {
                return k;
            }
        }
        for (int k = 0; k < names.length; k++) {
            if (names[k].equals(key)) {
                return k;
            }
        }
        return -1;
    }

    List<String> known() {
        return known;
    }

    /** The member (its key) of the known key at {@code k}, or {@link Tape#NONE}. */
    int memberAt(int k) {
        return keys[k];
    }

    /** The value of the known key at {@code k}, or {@link Tape#NONE}. */
    int valueAt(int k) {
        int m = keys[k];
        return m == Tape.NONE ? Tape.NONE : Tape.value(m);
    }

    /** The member (its key) named {@code key}, or {@link Tape#NONE}. */
    int member(String key) {
        int k = index(key);
        return k < 0 ? Tape.NONE : keys[k];
    }

    boolean has(String key) {
        return member(key) != Tape.NONE;
    }

    /** The value of member {@code key}, or {@link Tape#NONE}. */
    int value(String key) {
        int m = member(key);
        return m == Tape.NONE ? Tape.NONE : Tape.value(m);
    }

    /** The members kept (the first of each known key), in document order. */
    int[] members() {
        int[] out = new int[keys.length];
        int n = 0;
        for (int m : keys) {
            if (m != Tape.NONE) {
                out[n++] = m;
            }
        }
        int[] members = Arrays.copyOf(out, n);
        Arrays.sort(members);
        return members;
    }

    /** Whether every member of the object was known and given once. */
    boolean all() {
        return all;
    }
}
