package io.rumpcfg.parse;

import io.rumpcfg.internal.EditDistance;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the nearest valid word to a misspelt one, by edit distance. */
final class Suggest {
    private Suggest() {}

    /**
     * The candidate nearest to {@code word}, if near enough: a case-insensitive match, or one
     * within a third of the candidate's length (at least 1, at most 3) in insertions,
     * deletions, substitutions and swaps of neighbours.
     */
    static Optional<String> nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(word)) {
                continue;
            }
            int d = candidate.toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT)) ? 0 : EditDistance.between(word, candidate);
            int allowed = Math.min(3, Math.max(1, candidate.length() / 3));
            if (d <= allowed && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
