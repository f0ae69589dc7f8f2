package io.rumpcfg.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One environment variable, given to every program.
 *
 * @param name   the variable's name
 * @param value  its value, which may be a secret (see {@link #isSecret()})
 * @param origin where it was written
 */
public record EnvVar(String name, String value, Origin origin) {
    /**
     * What a name contains, in any case, for its value to be treated as a secret
     * ({@code MYSQL_PWD}, {@code HTTP_AUTH}, {@code SESSION_COOKIE}, ...), except the names of
     * {@link #NOT_SECRET}.
     */
    public static final List<String> SECRET_MARKERS = List.of("PASS", "SECRET", "TOKEN", "KEY", "CREDENTIAL", "CREDS",
            "AUTH", "JWT", "COOKIE", "PWD");

    /** The shell's working directories: a PWD marker, but no secret. */
    public static final List<String> NOT_SECRET = List.of("PWD", "OLDPWD");

    /** What is shown instead of a secret value. */
    public static final String REDACTED = "<redacted>";

    /**
     * Makes a variable.
     *
     * @throws NullPointerException if any component is null
     */
    public EnvVar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether a variable of this name holds a secret: its value is never printed or logged unless asked. */
    public static boolean looksSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (NOT_SECRET.contains(upper)) {
            return false;
        }
        for (String marker : SECRET_MARKERS) {
            if (upper.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a variable holds a secret: by its name, or by a value that carries a password
     * in a URL ({@code postgres://user:pw@host/db}).
     */
    public static boolean looksSecret(String name, String value) {
        return looksSecret(name) || holdsUrlPassword(value);
    }

    /** Whether {@code value} holds {@code scheme://user:password@}: a colon in the user part of a URL. */
    static boolean holdsUrlPassword(String value) {
        int scheme = value.indexOf("://");
        while (scheme >= 0) {
            int start = scheme + 3;
            int end = start;
            boolean colon = false;
            // The user part ends at '@'; a '/', '?' or '#' (or a blank) before it ends the authority.
            while (end < value.length() && "/?#@ ".indexOf(value.charAt(end)) < 0) {
                colon |= value.charAt(end) == ':';
                end++;
            }
            if (end < value.length() && value.charAt(end) == '@' && colon) {
                return true;
            }
            scheme = value.indexOf("://", start);
        }
        return false;
    }

    /** Whether this variable's value is a secret. */
    public boolean isSecret() {
        return looksSecret(name, value);
    }

    /** The value, or {@link #REDACTED} when it is a secret and {@code reveal} is false. */
    public String shownValue(boolean reveal) {
        return reveal || !isSecret() ? value : REDACTED;
    }
}
