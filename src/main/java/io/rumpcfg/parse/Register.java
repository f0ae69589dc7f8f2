package io.rumpcfg.parse;

import io.rumpcfg.model.Position;

/**
 * Names (or paths) of one kind that must be unique in a document, each with where it was
 * first declared. Open addressing over two arrays: a HashMap cost a node per name, and
 * every mountpoint and env name of a document is declared here.
 */
final class Register {
    private Object[] names = new Object[8];
    private Position[] places = new Position[8];
    private int size;

    /** Makes room for {@code more} names beyond those declared, so that declaring them does not grow the table. */
    void expect(int more) {
        while (2 * (size + more) > names.length) {
            grow();
        }
    }

    /** Declares {@code name} at {@code at}; where it was declared before, or null when it is new. */
    Position declare(Object name, Position at) {
        if (2 * (size + 1) > names.length) {
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
