package io.rumpcfg.model;

/**
 * A sysctl value as written. NetBSD takes every value as text, so each kind knows its
 * {@link #text()}; the kind itself is kept so that a configuration can be written back as
 * it was.
 */
public sealed interface SysctlValue {
    /** The text handed to sysctl: integers in decimal, true as 1, false as 0. */
    String text();

    /**
     * An integer value, written as a JSON integer.
     *
     * @param value the number
     */
    record Int(long value) implements SysctlValue {
        @Override
        public String text() {
            return Long.toString(value);
        }
    }

    /**
     * A boolean value, written as {@code true} or {@code false}.
     *
     * @param value the boolean
     */
    record Bool(boolean value) implements SysctlValue {
        @Override
        public String text() {
            return value ? "1" : "0";
        }
    }

    /**
     * A text value, handed to sysctl as written.
     *
     * @param value the text
     */
    record Str(String value) implements SysctlValue {
        /**
         * Makes a text value.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public Str {
            java.util.Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }
    }
}
