package io.rumpcfg.cli;

/**
 * {@code --memory SIZE}: whole MiB, as {@code 64}, {@code 64M}, {@code 64MiB}, {@code 1G} or
 * {@code 1GiB}; a bare number is MiB, as the rumprun launcher's {@code -M} took it.
 */
final class MemorySize {
    /** The most a guest is given: 1 TiB. */
    static final int MAX_MIB = 1 << 20;
    /** What a guest gets without {@code --memory}: the rumprun launcher's default. */
    static final int DEFAULT_MIB = 64;

    private MemorySize() {}

    /** The size in MiB; a value that is none is an {@link IllegalArgumentException} saying why. */
    static int mib(String value) {
        int unit = 1;
        String digits = value;
        for (String[] suffix : new String[][] {{"GiB", "1024"}, {"MiB", "1"}, {"G", "1024"}, {"M", "1"}}) {
            if (value.endsWith(suffix[0])) {
                digits = value.substring(0, value.length() - suffix[0].length());
                unit = Integer.parseInt(suffix[1]);
                break;
            }
        }
        if (digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + value + "' is no size: give whole MiB as 64, 64M or 1G");
        }
        long mib = Long.parseLong(digits) * unit;
        if (mib < 1 || mib > MAX_MIB) {
            throw new IllegalArgumentException("'" + value + "' is outside 1M to 1024G");
        }
        return (int) mib;
    }
}
