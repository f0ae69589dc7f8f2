package io.rumpcfg.parse;

import java.util.Arrays;

/**
 * The members of one fixed-shape object by key: the first of each of its {@link Shape}'s
 * keys, found by one walk over the object. A member is its key's index on the tape, its value
 * at {@link Tape#value}; a key not given is {@link Tape#NONE}. {@link Reading#members} makes
 * one and reports what the walk found wrong.
 *
 * @param <K> the shape's keys
 */
final class Members<K extends Enum<K> & Shape.Key> {
    private final Shape<K> shape;
    private final int[] members;
    /** Whether every member of the object was a key of the shape, given once. */
    private final boolean clean;

    private Members(Shape<K> shape, int[] members, boolean clean) {
        this.shape = shape;
        this.members = members;
        this.clean = clean;
    }

    /** The members of object {@code obj} on {@code tape} by the keys of {@code shape}. */
    static <K extends Enum<K> & Shape.Key> Members<K> of(Tape tape, int obj, Shape<K> shape) {
        int[] members = new int[shape.size()];
        Arrays.fill(members, Tape.NONE);
        boolean clean = true;
        for (int m = tape.first(obj); m != Tape.NONE; m = tape.next(m)) {
            int k = shape.index(tape.text(m));
            if (k < 0 || members[k] != Tape.NONE) {
                clean = false;
            } else {
                members[k] = m;
            }
        }
        return new Members<>(shape, members, clean);
    }

    /** The members of an object of {@code shape} not given: none of its keys. */
    static <K extends Enum<K> & Shape.Key> Members<K> none(Shape<K> shape) {
        int[] members = new int[shape.size()];
        Arrays.fill(members, Tape.NONE);
        return new Members<>(shape, members, true);
    }

    /** The member (its key) of {@code key}, or {@link Tape#NONE}. */
    int member(K key) {
        return members[key.ordinal()];
    }

    /** The value of {@code key}, or {@link Tape#NONE}. */
    int value(K key) {
        int m = members[key.ordinal()];
        return m == Tape.NONE ? Tape.NONE : Tape.value(m);
    }

    boolean has(K key) {
        return members[key.ordinal()] != Tape.NONE;
    }

    /** {@code key} as documents write it. */
    String name(K key) {
        return shape.names().get(key.ordinal());
    }

    /** Whether every member of the object was a key of the shape, given once. */
    boolean isClean() {
        return clean;
    }
}
