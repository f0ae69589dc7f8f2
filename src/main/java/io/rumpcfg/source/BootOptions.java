package io.rumpcfg.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code key=value} words of a kernel command line ({@code console=com1 verbose=1}), in the
 * order written, for the runtime to use as it sees fit.
 *
 * <p>Words without {@code =} (the kernel's own file name, which multiboot loaders put first)
 * are not options and are left out; a repeated key keeps its last value, as a later word
 * overrides an earlier one on a command line.
 */
public final class BootOptions {
    private static final BootOptions NONE = new BootOptions(Map.of());

    private final Map<String, String> options;

    private BootOptions(Map<String, String> options) {
        this.options = options;
    }

    /** No options: what a command line without {@code key=value} words has. */
    public static BootOptions none() {
        return NONE;
    }

    /** The options of {@code text}; words are separated by ASCII white space. */
    public static BootOptions parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String word : text.trim().split("[ \t\r\n]+")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                out.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return out.isEmpty() ? NONE : new BootOptions(Collections.unmodifiableMap(out));
    }

    /** All options, in command-line order. */
    public Map<String, String> asMap() {
        return options;
    }

    /** The value of {@code key}, or empty when the command line does not set it. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(options.get(key));
    }

    /** These options without {@code key}, for a key a source consumed itself. */
    public BootOptions without(String key) {
        if (!options.containsKey(key)) {
            return this;
        }
        Map<String, String> out = new LinkedHashMap<>(options);
        out.remove(key);
        return out.isEmpty() ? NONE : new BootOptions(Collections.unmodifiableMap(out));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BootOptions other && options.equals(other.options);
    }

    @Override
    public int hashCode() {
        return options.hashCode();
    }

    @Override
    public String toString() {
        return options.toString();
    }
}
