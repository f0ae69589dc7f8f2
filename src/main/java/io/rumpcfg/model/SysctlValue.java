package io.rumpcfg.model;

import java.util.Objects;

/**
 * A sysctl value as written. NetBSD takes every value as text, so each kind knows its
 * {@link #text()}; the kind itself is kept so that a configuration can be written back as
 * it was.
 */
public sealed interface SysctlValue {
    /** The text handed to sysctl: integers in decimal, true as 1, false as 0. */
    String text();

    /**
     * Calls the method of {@code visitor} for this kind of value.
     *
     * @param <R>     what the visitor returns
     * @param <X>     what the visitor may throw
     * @param visitor the operation, one method per kind
     * @return what the visitor's method returned
     * @throws X what the visitor's method threw
     */
    <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X;

    /**
     * An operation over sysctl values, one method per kind: a new kind does not compile until every
     * operation handles it.
     *
     * @param <R> what each method returns
     * @param <X> what each method may throw; {@link RuntimeException} for none
     */
    interface Visitor<R, X extends Exception> {
        /** The operation on an integer. */
        R integer(Int value) throws X;

        /** The operation on a boolean. */
        R bool(Bool value) throws X;

        /** The operation on a string. */
        R string(Str value) throws X;
    }

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

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.integer(this);
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

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.bool(this);
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
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.string(this);
        }
    }
}
