package io.rumpcfg.model;

import java.util.Objects;

/** {@code blk.<name>}: a block device, which appears as {@code /dev/<name>}. */
public sealed interface Blk {
    /** The device name: {@code xbd0}, {@code vnd0}. */
    String name();

    /** Where the entry was written. */
    Origin origin();

    /** The value of {@code type} as written. */
    String type();

    /** The value of {@code path} as written: an etfs device's host path, a vnd's backing file. */
    String path();

    /** The device node, {@code /dev/<name>}. */
    default String devicePath() {
        return "/dev/" + name();
    }

    /**
     * Calls the method of {@code visitor} for this kind of device.
     *
     * @param <R>     what the visitor returns
     * @param <X>     what the visitor may throw
     * @param visitor the operation, one method per kind
     * @return what the visitor's method returned
     * @throws X what the visitor's method threw
     */
    <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X;

    /**
     * An operation over block devices, one method per kind: a new kind does not compile until every
     * operation handles it.
     *
     * @param <R> what each method returns
     * @param <X> what each method may throw; {@link RuntimeException} for none
     */
    interface Visitor<R, X extends Exception> {
        /** The operation on an etfs device. */
        R etfs(Etfs device) throws X;

        /** The operation on a vnd device. */
        R vnd(Vnd device) throws X;
    }

    /**
     * {@code type: etfs}: a host-backed device.
     *
     * @param name     the device name, such as {@code xbd0}
     * @param hostPath the host's name for the backing device, as written: {@code blkfront:xvda},
     *                 or {@code solo5:ld0a} for the block device a Solo5 guest names so
     * @param origin   where the entry was written
     */
    record Etfs(String name, String hostPath, Origin origin) implements Blk {
        /** The prefix of a Xen blkfront device: {@code blkfront:xvda}. */
        public static final String BLKFRONT_PREFIX = "blkfront:";
        /**
         * The Solo5 forks' etfs: the older format's {@code /dev/<name>} path, which the
         * Solo5 block back end serves whatever the name (the tender's one device).
         */
        public static final String SOLO5_PREFIX = "solo5:";

        /**
         * Makes an etfs device.
         *
         * @throws NullPointerException if any component is null
         */
        public Etfs {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(hostPath, "hostPath");
            Objects.requireNonNull(origin, "origin");
        }

        @Override
        public String type() {
            return "etfs";
        }

        @Override
        public String path() {
            return hostPath;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.etfs(this);
        }
    }

    /**
     * {@code type: vnd}: a file presented as a read-only disk, {@code /dev/vnd<unit>a}.
     *
     * @param name   the device name, such as {@code vnd0}
     * @param unit   the vnd unit, 0 to {@value #MAX_UNIT}
     * @param file   the backing file as written: absolute, or relative to the base directory
     * @param origin where the entry was written
     */
    record Vnd(String name, int unit, String file, Origin origin) implements Blk {
        /** The highest vnd unit. */
        public static final int MAX_UNIT = 255;

        /**
         * Makes a vnd device.
         *
         * @throws NullPointerException     if any component is null
         * @throws IllegalArgumentException if {@code unit} is not 0 to {@value #MAX_UNIT}
         */
        public Vnd {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(origin, "origin");
            if (unit < 0 || unit > MAX_UNIT) {
                throw new IllegalArgumentException("vnd unit out of range: " + unit);
            }
        }

        @Override
        public String type() {
            return "vnd";
        }

        @Override
        public String path() {
            return file;
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.vnd(this);
        }
    }
}
