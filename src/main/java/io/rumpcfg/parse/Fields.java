package io.rumpcfg.parse;

import java.util.List;

/**
 * The members of a fixed-shape object (a mount, an rc entry, ...) by key: the first of each
 * known key, as {@link Reading#fields} found them. A key's member is its key's index on the
 * tape, the value at {@link Tape#value}.
 */
final class Fields {
    private final Tape tape;
    private final List<String> known;
    private final int[] keys;
    private final boolean all;

    Fields(Tape tape, List<String> known, int[] keys, boolean all) {
        this.tape = tape;
        this.known = known;
        this.keys = keys;
        this.all = all;
    }

    /** The member (its key) named {@code key}, or {@link Tape#NONE}. */
    int member(String key) {
        int k = known.indexOf(key);
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
        int[] members = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(members);
        return members;
    }

    /** Whether every member of the object was known and given once. */
    boolean all() {
        return all;
    }

    Tape tape() {
        return tape;
    }
}
