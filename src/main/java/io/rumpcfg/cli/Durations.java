package io.rumpcfg.cli;

import java.time.Duration;

/**
 * A DURATION option: a positive whole number of at most nine digits with a unit, {@code ms},
 * {@code s}, {@code m} or {@code h}; a bare number is seconds ({@code 30s}, {@code 500ms},
 * {@code 5m}). One grammar for every DURATION option; {@link #xenstoreTimeout} also bounds it.
 * A value that is none is an {@link IllegalArgumentException} saying why.
 */
final class Durations {
    /** The most a xenstore time-out may be, so that no wait on a daemon overflows a count of milliseconds. */
    static final Duration MAX_XENSTORE_TIMEOUT = Duration.ofHours(1);

    private Durations() {}

    static Duration parse(String value) {
        int digits = 0;
        while (digits < value.length() && value.charAt(digits) >= '0' && value.charAt(digits) <= '9') {
            digits++;
        }
        String unit = value.substring(digits);
        if (digits == 0 || digits > 9 || !(unit.isEmpty() || unit.equals("ms") || unit.equals("s") || unit.equals("m")
                || unit.equals("h"))) {
            throw new IllegalArgumentException("'" + value + "' is not a duration: a whole number with ms, s, m or h"
                    + " (30s, 500ms, 5m)");
        }
        long n = Long.parseLong(value.substring(0, digits));
        if (n == 0) {
            throw new IllegalArgumentException("'" + value + "': a duration must be more than 0");
        }
        switch (unit) {
            case "ms":
                return Duration.ofMillis(n);
            case "m":
                return Duration.ofMinutes(n);
            case "h":
                return Duration.ofHours(n);
            default:
                return Duration.ofSeconds(n);
        }
    }

    /** A duration as this converter reads it, in the largest unit that holds it whole: {@code 90s}, {@code 2m}. */
    static String text(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }

    /** {@code --xenstore-timeout}: a duration of at most an hour. */
    static Duration xenstoreTimeout(String value) {
        Duration d = parse(value);
        if (d.compareTo(MAX_XENSTORE_TIMEOUT) > 0) {
            throw new IllegalArgumentException("'" + value + "' is over the most a xenstore time-out may be, 60m");
        }
        return d;
    }
}
