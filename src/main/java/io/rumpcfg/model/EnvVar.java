package io.rumpcfg.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One environment variable, given to every program. */
public record EnvVar(String name, String value, Origin origin) {
    /** What a name contains, in any case, for its value to be treated as a secret. */
    public static final List<String> SECRET_MARKERS = List.of("PASS", "SECRET", "TOKEN", "KEY", "CREDENTIAL");

    /** What is shown instead of a secret value. */
    public static final String REDACTED = "<redacted>";

    public EnvVar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether a variable of this name holds a secret: its value is never printed or logged unless asked. */
    public static boolean looksSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String marker : SECRET_MARKERS) {
            if (upper.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this variable's value is a secret. */
    public boolean isSecret() {
        return looksSecret(name);
    }

    /** The value, or {@link #REDACTED} when it is a secret and {@code reveal} is false. */
    public String shownValue(boolean reveal) {
        return reveal || !isSecret() ? value : REDACTED;
    }
}
