package io.rumpcfg.plan;

/**
 * The mount steps by normalised mountpoint, answering which mount a path lies on.
 *
 * <p>An open-addressing table of strings to step indexes. Finding the mount of a path walks
 * up its ancestors, one look-up each, so the cost is the path's depth, not the number of
 * mounts; an ancestor is looked up as a prefix of the path, never copied into a string of its
 * own. Two mounts at one mountpoint: the later is kept.
 */
final class MountTable {
    static final int NONE = -1;

    private final String[] paths;
    private final int[] steps;
    /** 32 minus log2 of the slot count: how far a scrambled hash shifts down to a slot. */
    private final int shift;
    private final WorkCount work;

    /** A table for at most {@code capacity} mountpoints. */
    MountTable(int capacity, WorkCount work) {
        int slots = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1; // at most half full
        this.paths = new String[slots];
        this.steps = new int[slots];
        this.shift = Integer.numberOfLeadingZeros(slots) + 1;
        this.work = work;
    }

    /** Mount step {@code step} is at the normalised {@code mountpoint}. */
    void put(String mountpoint, int step) {
        int slot = slot(mountpoint, mountpoint.length());
        paths[slot] = mountpoint;
        steps[slot] = step;
    }

    /** The mount a normalised {@code path} lies on: at itself or its nearest ancestor; {@link #NONE} if none. */
    int nearest(String path) {
        return nearestFrom(path, path.length());
    }

    /** The mount a normalised mountpoint lies on: at its nearest proper ancestor; {@link #NONE} if none. */
    int nearestAbove(String path) {
        return path.length() == 1 ? NONE : nearestFrom(path, parentLength(path, path.length()));
    }

    /** Walks up from the ancestor {@code path[0, length)}. */
    private int nearestFrom(String path, int length) {
        for (int at = length; ; at = parentLength(path, at)) {
            work.one();
            int slot = slot(path, at);
            if (paths[slot] != null) {
                return steps[slot];
            }
            if (at == 1) {
                return NONE;
            }
        }
    }

    /** The length of the parent of {@code path[0, length)}, which is not the root. */
    private static int parentLength(String path, int length) {
        int slash = path.lastIndexOf('/', length - 1);
        return slash == 0 ? 1 : slash;
    }

    /** The slot holding {@code path[0, length)}, or the empty slot where it would go. */
    private int slot(String path, int length) {
        int hash = length == path.length() ? path.hashCode() : prefixHash(path, length);
        int mask = paths.length - 1;
        for (int slot = scramble(hash) >>> shift; ; slot = (slot + 1) & mask) {
            String held = paths[slot];
            if (held == null || held.length() == length && held.regionMatches(0, path, 0, length)) {
                return slot;
            }
        }
    }

    /** {@link String#hashCode()} of {@code path.substring(0, length)}, without the substring. */
    private static int prefixHash(String path, int length) {
        int hash = 0;
        for (int k = 0; k < length; k++) {
            hash = 31 * hash + path.charAt(k);
        }
        return hash;
    }

    /**
     * Fibonacci hashing: mountpoints such as /srv/data0, /srv/data1 have consecutive hash
     * codes, which taken modulo the table would fill one long run of slots that every
     * look-up of a missing ancestor then walks.
     */
    private static int scramble(int hash) {
        return hash * 0x9E3779B9;
    }
}
