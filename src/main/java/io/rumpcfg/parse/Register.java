package io.rumpcfg.parse;

import io.rumpcfg.model.Position;

/**
 * Names (or paths) of one kind that must be unique in a document, each with where it was
 * first declared. Open addressing over two arrays: a HashMap cost a node per name, and
 * every mountpoint and env name of a document is declared here.
 *
 * <p>Names are mostly declared in batches already known to be unique among themselves (the
 * entries of one object, repeated keys taken out): the first batch cannot clash with
 * anything, so its names are only listed, and hashed when a second batch or another name
 * comes. A document that gives a section once never hashes its names twice. A first batch of
 * an object's entries is not even listed: the entries are kept, their names and places read
 * from the tape only if a later name needs them ({@link #adopt}).
 */
final class Register {
    /**
     * The table, made when the first name is hashed: most registers of a document only ever
     * hold one batch, listed or adopted, and never hash.
     */
    private Object[] names;
    private Position[] places;
    private int size;
    private int batches;
    /** The first batch's names, listed but not yet in the table; null when there are none. */
    private Object[] listed;
    private Position[] listedAt;
    private int listedSize;
    /** The first batch as the entries (their keys) of an object on {@link #adoptedTape}; null when there are none. */
    private int[] adopted;
    private Tape adoptedTape;

    /**
     * Says that up to {@code n} names, unique among themselves, are about to be declared, and
     * makes room for them.
     */
    void batch(int n) {
        if (++batches == 1 && size == 0) {
            listed = new Object[n];
            listedAt = new Position[n];
            return;
        }
        hashListed();
        expect(n);
    }

    /**
     * Takes the keys of {@code members} (members of an object on {@code tape}, their names
     * unique among themselves) as declared, each at its key's place, if they are the first
     * names of this register: then true, and they are not to be declared one by one. Else
     * false, and room is made for them as by {@link #batch}.
     */
    boolean adopt(Tape tape, int[] members) {
        if (batches == 0 && size == 0) {
            batches = 1;
            adopted = members;
            adoptedTape = tape;
            return true;
        }
        batch(members.length);
        return false;
    }

    /** Makes room for {@code more} names beyond those declared, so that declaring them does not grow the table. */
    private void expect(int more) {
        while (names == null || 2 * (size + more) > names.length) {
            grow();
        }
    }

    /** Declares {@code name} at {@code at}; where it was declared before, or null when it is new. */
    Position declare(Object name, Position at) {
        if (listed != null && batches == 1 && listedSize < listed.length) {
            // In the first batch: unique among its names, and nothing else is declared yet.
            listed[listedSize] = name;
            listedAt[listedSize++] = at;
            return null;
        }
        hashListed();
        return hashed(name, at);
    }

    private void hashListed() {
        if (adopted != null) {
            int[] members = adopted;
            Tape tape = adoptedTape;
            adopted = null;
            adoptedTape = null;
            expect(members.length);
            for (int m : members) {
                hashed(tape.text(m), tape.position(m));
            }
        }
        if (listed == null) {
            return;
        }
        Object[] pending = listed;
        Position[] pendingAt = listedAt;
        listed = null;
        listedAt = null;
        expect(listedSize);
        for (int i = 0; i < listedSize; i++) {
            hashed(pending[i], pendingAt[i]);
        }
        listedSize = 0;
    }

    private Position hashed(Object name, Position at) {
        if (names == null || 2 * (size + 1) > names.length) {
            grow();
        }
        int mask = names.length - 1;
        for (int i = Register.spread(name.hashCode()) & mask; ; i = (i + 1) & mask) {
            if (names[i] == null) {
                names[i] = name;
                places[i] = at;
                size++;
                return null;
            }
            if (names[i].equals(name)) {
                return places[i];
            }
        }
    }

    /**
     * A hash code mixed so that its low bits depend on all of it: names that differ in their
     * last characters ("data1", "data2") have nearby hash codes, which would crowd one
     * stretch of the table.
     */
    static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        if (names == null) {
            names = new Object[8];
            places = new Position[8];
            return;
        }
        Object[] oldNames = names;
        Position[] oldPlaces = places;
        names = new Object[oldNames.length * 2];
        places = new Position[oldNames.length * 2];
        int mask = names.length - 1;
        for (int j = 0; j < oldNames.length; j++) {
            if (oldNames[j] != null) {
                int i = spread(oldNames[j].hashCode()) & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = oldNames[j];
                places[i] = oldPlaces[j];
            }
        }
    }
}
