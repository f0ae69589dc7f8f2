package io.rumpcfg.cli;

import java.util.ArrayList;
import java.util.List;

/** One {@code --bins} value: names split at commas, blanks around each dropped ({@code --bins "a, b"}), none empty. */
final class BinName {
    private BinName() {}

    static List<String> split(String value) {
        List<String> names = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("an empty name in --bins; give the baked binaries' names, comma-separated");
            }
            names.add(name);
        }
        return names;
    }
}
