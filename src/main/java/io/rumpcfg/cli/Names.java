package io.rumpcfg.cli;

import io.rumpcfg.internal.EditDistance;

/**
 * Whether a name the user typed is near a real one, for "Did you mean" after a misspelt
 * command or option: one is the start of the other, or they differ by at most two edits.
 */
final class Names {
    private Names() {}

    static boolean near(String typed, String known) {
        if (typed.length() > 3 && (known.startsWith(typed) || typed.startsWith(known))) {
            return true;
        }
        return EditDistance.between(typed, known) <= 2;
    }
}
