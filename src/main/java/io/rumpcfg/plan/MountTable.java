package io.rumpcfg.plan;

import java.util.Arrays;

/**
 * The mount steps by normalised mountpoint, answering which mount a path lies on.
 *
 * <p>An open-addressing table of strings to step indexes. Finding the mount of a path walks
 * up its ancestors, one look-up each, so the cost is the path's depth, not the number of
 * mounts; an ancestor is looked up as a prefix of the path, never copied into a string of its
 * own. Two mounts at one mountpoint: the later is kept.
 *
 * <p>Most look-ups are of ancestors that are no mountpoint, which probe until an empty slot.
 * A slot holds the mountpoint's number (in order put, plus one: 0 marks an empty slot) below
 * the slot count, and its scrambled hash's bits above, so a probe passes other mountpoints
 * mostly by that hash, without reading their strings.
 */
final class MountTable {
    static final int NONE = -1;

    private final int[] slots;
    /** 32 minus log2 of the slot count: how far a scrambled hash shifts down to a slot. */
    private final int shift;
    /** The mountpoints in order put, one entry per put: {@link #path} reads them back. */
    private final String[] paths;
    /** The step of the first put; each later put's is the next, as the rules put the mount steps in order. */
    private final int firstStep;
    private int size;
    /** Scratch for a look-up: where each ancestor of the path ends, and its hash code. */
    private int[] ends = new int[8];
    private int[] hashes = new int[8];

    /** A table for at most {@code capacity} puts, the first of step {@code firstStep}. */
    MountTable(int capacity, int firstStep) {
        int count = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1; // at most half full
        this.slots = new int[count];
        this.shift = Integer.numberOfLeadingZeros(count) + 1;
        this.paths = new String[capacity];
        this.firstStep = firstStep;
    }

    /** The next mount step is at the normalised {@code mountpoint}, in place of any earlier one there. */
    void put(String mountpoint) {
        int hash = scramble(mountpoint.hashCode());
        int slot = slot(mountpoint, mountpoint.length(), hash);
        paths[size] = mountpoint;
        slots[slot] = hash & ~(slots.length - 1) | ++size;
    }

    /** The mountpoint of the {@code k}-th put. */
    String path(int k) {
        return paths[k];
    }

    /** The mount a normalised {@code path} lies on: at itself or its nearest ancestor; {@link #NONE} if none. */
    int nearest(String path) {
        return walkUp(path, true);
    }

    /** The mount a normalised mountpoint lies on: at its nearest proper ancestor; {@link #NONE} if none. */
    int nearestAbove(String path) {
        return walkUp(path, false);
    }

    /**
     * Looks up {@code path} (when {@code itself}), then each ancestor, nearest first. One pass
     * over the path finds where each ancestor ends and its hash code, which a look-up needs;
     * without the path itself, the pass stops at its last {@code /}.
     */
    private int walkUp(String path, boolean itself) {
        int length = path.length();
        int scan = itself ? length : path.lastIndexOf('/');
        int ancestors = 0;
        int hash = 0;
        for (int k = 0; k < scan; k++) {
            char c = path.charAt(k);
            if (c == '/' && k > 0) {
                ancestor(ancestors++, k, hash);
            }
            hash = 31 * hash + c;
        }
        if (itself) {
            int found = lookUp(path, length, hash);
            if (found != NONE || length == 1) {
                return found;
            }
        } else if (length == 1) {
            return NONE; // the root has no ancestor
        } else if (scan > 0) {
            ancestor(ancestors++, scan, hash);
        }
        for (int a = ancestors - 1; a >= 0; a--) {
            int found = lookUp(path, ends[a], hashes[a]);
            if (found != NONE) {
                return found;
            }
        }
        return lookUp(path, 1, '/');
    }

    /** Notes the {@code a}-th ancestor of the path looked up: it ends at {@code end}, its hash code is {@code hash}. */
    private void ancestor(int a, int end, int hash) {
        if (a == ends.length) {
            ends = Arrays.copyOf(ends, 2 * a);
            hashes = Arrays.copyOf(hashes, 2 * a);
        }
        ends[a] = end;
        hashes[a] = hash;
    }

    private int lookUp(String path, int length, int hash) {
        int entry = slots[slot(path, length, scramble(hash))];
        return entry == 0 ? NONE : firstStep + (entry & (slots.length - 1)) - 1;
    }

    /**
     * The slot holding {@code path[0, length)}, whose scrambled hash code is {@code hash}, or
     * the empty slot where it would go.
     */
    private int slot(String path, int length, int hash) {
        int mask = slots.length - 1;
        int tag = hash & ~mask;
        for (int slot = hash >>> shift; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return slot;
            }
            if ((entry & ~mask) == tag) {
                String held = paths[(entry & mask) - 1];
                if (held.length() == length && held.regionMatches(0, path, 0, length)) {
                    return slot;
                }
            }
        }
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
