package io.rumpcfg.parse;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Objects;

/**
 * Every size limit the reader enforces, in one immutable object. Each error a limit causes
 * names the limit's setting and the value found, e.g.
 * {@code string is 4097 bytes, over the limit maxStringBytes=4096}.
 *
 * <p>Build one with {@link #builder()} or change the defaults with {@link #toBuilder()}:
 * {@code Limits.DEFAULTS.toBuilder().maxDepth(8).build()}.
 */
public final class Limits {
    /** The defaults: 64 KiB document, depth 32, 4096-byte strings, 1024 members, 100-character numbers, 100 diagnostics. */
    public static final Limits DEFAULTS = builder().build();

    private final int maxDocumentBytes;
    private final int maxDepth;
    private final int maxStringBytes;
    private final int maxMembers;
    private final int maxNumberLength;
    private final int maxDiagnostics;

    private Limits(Builder b) {
        this.maxDocumentBytes = b.maxDocumentBytes;
        this.maxDepth = b.maxDepth;
        this.maxStringBytes = b.maxStringBytes;
        this.maxMembers = b.maxMembers;
        this.maxNumberLength = b.maxNumberLength;
        this.maxDiagnostics = b.maxDiagnostics;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        return new Builder()
                .maxDocumentBytes(maxDocumentBytes)
                .maxDepth(maxDepth)
                .maxStringBytes(maxStringBytes)
                .maxMembers(maxMembers)
                .maxNumberLength(maxNumberLength)
                .maxDiagnostics(maxDiagnostics);
    }

    /** {@code maxDocumentBytes}: the largest document, in bytes (default 65536). */
    public int maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** {@code maxDepth}: how deeply objects and arrays may nest; the root object is level 1 (default 32, at most {@link #MAX_DEPTH_SETTING}). */
    public int maxDepth() {
        return maxDepth;
    }

    /** {@code maxStringBytes}: the longest string, key or value, in UTF-8 bytes (default 4096). */
    public int maxStringBytes() {
        return maxStringBytes;
    }

    /** {@code maxMembers}: the most members of one object or elements of one array (default 1024). */
    public int maxMembers() {
        return maxMembers;
    }

    /** {@code maxNumberLength}: the longest number, in characters as written (default 100). */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** {@code maxDiagnostics}: how many diagnostics are reported before the rest are summed up in one (default 100). */
    public int maxDiagnostics() {
        return maxDiagnostics;
    }

    /**
     * Jackson's own limits, derived from these. They are a backstop: each is at least as
     * generous as ours, so our checks (which name our settings and let reading go on) fire
     * first, and Jackson's only bound memory should ours ever miss a case.
     */
    StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentBytes)
                .maxNestingDepth(maxDepth + 1)
                .maxStringLength(maxDocumentBytes)
                .maxNameLength(maxDocumentBytes)
                .maxNumberLength(Math.max(maxNumberLength, maxDocumentBytes))
                .build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Limits)) {
            return false;
        }
        Limits other = (Limits) o;
        return maxDocumentBytes == other.maxDocumentBytes && maxDepth == other.maxDepth
                && maxStringBytes == other.maxStringBytes && maxMembers == other.maxMembers
                && maxNumberLength == other.maxNumberLength && maxDiagnostics == other.maxDiagnostics;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDocumentBytes, maxDepth, maxStringBytes, maxMembers, maxNumberLength, maxDiagnostics);
    }

    @Override
    public String toString() {
        return "Limits[maxDocumentBytes=" + maxDocumentBytes + ", maxDepth=" + maxDepth
                + ", maxStringBytes=" + maxStringBytes + ", maxMembers=" + maxMembers
                + ", maxNumberLength=" + maxNumberLength + ", maxDiagnostics=" + maxDiagnostics + "]";
    }

    /** The highest {@code maxDepth} a builder takes. */
    public static final int MAX_DEPTH_SETTING = 256;

    /** Sets limits one by one; every setting must be at least 1. */
    public static final class Builder {
        private int maxDocumentBytes = 64 * 1024;
        private int maxDepth = 32;
        private int maxStringBytes = 4096;
        private int maxMembers = 1024;
        private int maxNumberLength = 100;
        private int maxDiagnostics = 100;

        private Builder() {}

        /**
         * Sets {@link Limits#maxDocumentBytes()}.
         *
         * @throws IllegalArgumentException if {@code value} is below 1 or is
         *                                  {@link Integer#MAX_VALUE}
         */
        public Builder maxDocumentBytes(int value) {
            // One byte more than the limit is read to tell "exactly at" from "over".
            this.maxDocumentBytes = positive("maxDocumentBytes", value, Integer.MAX_VALUE - 1);
            return this;
        }

        /**
         * Sets {@link Limits#maxDepth()}.
         *
         * @throws IllegalArgumentException if {@code value} is not 1 to
         *                                  {@link Limits#MAX_DEPTH_SETTING}
         */
        public Builder maxDepth(int value) {
            // The token reader recurses once per level: 10 000 levels overflowed a 1 MiB thread
            // stack and 1000 a 512 KiB one; 256 leave room to spare on a 256 KiB stack.
            this.maxDepth = positive("maxDepth", value, MAX_DEPTH_SETTING);
            return this;
        }

        /**
         * Sets {@link Limits#maxStringBytes()}.
         *
         * @throws IllegalArgumentException if {@code value} is below 1
         */
        public Builder maxStringBytes(int value) {
            this.maxStringBytes = positive("maxStringBytes", value, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Sets {@link Limits#maxMembers()}.
         *
         * @throws IllegalArgumentException if {@code value} is below 1
         */
        public Builder maxMembers(int value) {
            this.maxMembers = positive("maxMembers", value, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Sets {@link Limits#maxNumberLength()}.
         *
         * @throws IllegalArgumentException if {@code value} is below 1
         */
        public Builder maxNumberLength(int value) {
            this.maxNumberLength = positive("maxNumberLength", value, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Sets {@link Limits#maxDiagnostics()}.
         *
         * @throws IllegalArgumentException if {@code value} is below 1
         */
        public Builder maxDiagnostics(int value) {
            this.maxDiagnostics = positive("maxDiagnostics", value, Integer.MAX_VALUE);
            return this;
        }

        /** The limits set so far; the builder may go on being used. */
        public Limits build() {
            return new Limits(this);
        }

        private static int positive(String setting, int value, int max) {
            if (value < 1 || value > max) {
                throw new IllegalArgumentException(setting + " must be in 1.." + max + ": " + value);
            }
            return value;
        }
    }
}
