package io.rumpcfg.parse;

import java.nio.charset.StandardCharsets;

/**
 * Short ASCII strings seen before, each kept once, so that a value a document repeats is made
 * once rather than at each place: a mount's {@code "tmpfs"}, an address's {@code "inet"}, a
 * size's {@code "4M"}. In the 64 KiB benchmark config two thirds of the string values are such
 * repeats, and making each one cost a string and its bytes.
 *
 * <p>A table of one string per slot, its slot chosen by the string's hash: a string that meets
 * another in its slot replaces it, so the table never grows and never holds more than
 * {@link #SLOTS} strings of at most {@link #MAX_LENGTH} characters. Not thread-safe: each
 * thread's {@link Tape} keeps its own.
 */
final class ShortStrings {
    /** The longest string kept: longer values (names, paths, addresses) seldom repeat. */
    static final int MAX_LENGTH = 8;
    private static final int SLOTS = 256;
    /** A hash's top bits pick its slot: they are the best mixed of a Fibonacci hash's. */
    private static final int SHIFT = Integer.SIZE - Integer.numberOfTrailingZeros(SLOTS);

    private final String[] slots = new String[SLOTS];

    /** The string of the {@code length} ASCII bytes at {@code start}; {@code length} is at most {@link #MAX_LENGTH}. */
    String of(byte[] bytes, int start, int length) {
        int hash = 0;
        for (int i = start, end = start + length; i < end; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash * 0x9E3779B9) >>> SHIFT; // Fibonacci hashing, as in the planner's tables
        String kept = slots[slot];
        if (kept != null && spells(kept, bytes, start, length)) {
            return kept;
        }
        String made = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        slots[slot] = made;
        return made;
    }

    private static boolean spells(String kept, byte[] bytes, int start, int length) {
        if (kept.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (kept.charAt(i) != bytes[start + i]) {
                return false;
            }
        }
        return true;
    }
}
