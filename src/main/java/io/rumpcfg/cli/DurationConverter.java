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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --timeout DURATION}: a positive whole number with a unit, ms, s, m or h; a bare number is seconds. */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("([0-9]{1,9})(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a duration: a whole number with ms, s, m or h (30s, 500ms, 5m)");
        }
        long n = Long.parseLong(m.group(1));
        if (n == 0) {
            throw new TypeConversionException("'" + value + "': a duration must be more than 0");
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
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
}
