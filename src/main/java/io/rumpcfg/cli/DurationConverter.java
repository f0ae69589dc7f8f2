package io.rumpcfg.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A DURATION option such as {@code --xenstore-timeout}: a whole number with a unit, {@code ms},
 * {@code s} or {@code m}; at least 1 ms, at most an hour, so that no time-out is zero or
 * overflows a count of milliseconds.
 */
final class DurationConverter implements ITypeConverter<Duration> {
    static final Duration MAX = Duration.ofHours(1);

    @Override
    public Duration convert(String value) {
        int digits = 0;
        while (digits < value.length() && value.charAt(digits) >= '0' && value.charAt(digits) <= '9') {
            digits++;
        }
        String unit = value.substring(digits);
        if (digits == 0 || digits > 9 || !(unit.equals("ms") || unit.equals("s") || unit.equals("m"))) {
            throw new TypeConversionException("'" + value + "' is not a duration; write a whole number and ms, s or m: "
                    + "500ms, 5s, 1m");
        }
        long n = Long.parseLong(value.substring(0, digits));
        Duration d = unit.equals("ms") ? Duration.ofMillis(n) : unit.equals("s") ? Duration.ofSeconds(n)
                : Duration.ofMinutes(n);
        if (d.isZero() || d.compareTo(MAX) > 0) {
            throw new TypeConversionException("'" + value + "' is not between 1ms and 60m");
        }
        return d;
    }
}
