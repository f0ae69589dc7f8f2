package io.rumpcfg.internal;

import java.util.Arrays;

/**
 * Names, each with the index of where it was first given: the one table behind every "given
 * twice" check (the keys of one object, a name across repeated root keys, a step id).
 *
 * <p>Open addressing over a name array and an index array, at most half full. A
 * {@code HashMap<String, Integer>} cost a node and, past 127, a boxed index per name, for
 * every name of a document on the boot path; here a name costs two array slots. Names are
 * mostly Jackson's canonical strings, whose hash codes are cached, so a probe passes another
 * name by its hash code without reading its characters.
 */
public final class NameTable {
    /** What {@link #putIfAbsent} answers for a name not given before. */
    public static final int ABSENT = -1;

    private String[] names;
    private int[] indexes;
    private int size;

    /** A table that holds {@code expected} names without growing. */
    public NameTable(int expected) {
        int slots = Integer.highestOneBit(Math.max(4, expected) - 1) << 2;
        this.names = new String[slots];
        this.indexes = new int[slots];
    }

    /**
     * The index put with {@code name} before; {@link #ABSENT} when there was none, and
     * {@code index} is then put with it.
     */
    public int putIfAbsent(String name, int index) {
        if (2 * (size + 1) > names.length) {
            grow();
        }
        int hash = name.hashCode();
        int mask = names.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String other = names[i];
            if (other == null) {
                names[i] = name;
                indexes[i] = index;
                size++;
                return ABSENT;
            }
            if (other == name || other.hashCode() == hash && other.equals(name)) {
                return indexes[i];
            }
        }
    }

    /** Forgets every name, keeping the room made. */
    public void clear() {
        if (size > 0) {
            Arrays.fill(names, null);
            size = 0;
        }
    }

    /**
     * A hash code mixed so that its low bits depend on all of it: names that differ in their
     * last characters ("data1", "data2") have nearby hash codes, which would crowd one
     * stretch of the table.
     */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldNames = names;
        int[] oldIndexes = indexes;
        names = new String[oldNames.length * 2];
        indexes = new int[oldNames.length * 2];
        int mask = names.length - 1;
        for (int j = 0; j < oldNames.length; j++) {
            if (oldNames[j] != null) {
                int i = spread(oldNames[j].hashCode()) & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = oldNames[j];
                indexes[i] = oldIndexes[j];
            }
        }
    }
}
