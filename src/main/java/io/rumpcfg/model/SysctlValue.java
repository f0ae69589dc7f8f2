package io.rumpcfg.model;

/**
 * A sysctl value as written. NetBSD takes every value as text, so each kind knows its
 * {@link #text()}; the kind itself is kept so that a configuration can be written back as
 * it was.
 */
public sealed interface SysctlValue {
    /** The text handed to sysctl: integers in decimal, true as 1, false as 0. */
    String text();

    record Int(long value) implements SysctlValue {
        @Override
        public String text() {
            return Long.toString(value);
        }
    }

    record Bool(boolean value) implements SysctlValue {
        @Override
        public String text() {
            return value ? "1" : "0";
        }
    }

    record Str(String value) implements SysctlValue {
        public Str {
            java.util.Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }
    }
}
