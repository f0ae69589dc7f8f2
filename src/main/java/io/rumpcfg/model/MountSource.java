package io.rumpcfg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a mount mounts: the {@code source} of a {@code mount.<mountpoint>} entry. */
public sealed interface MountSource {
    /** The value of {@code source} as written. */
    String source();

    /**
     * Calls the method of {@code visitor} for this kind of source.
     *
     * @param <R>     what the visitor returns
     * @param <X>     what the visitor may throw
     * @param visitor the operation, one method per kind
     * @return what the visitor's method returned
     * @throws X what the visitor's method threw
     */
    <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X;

    /**
     * An operation over mount sources, one method per kind: a new kind does not compile until every
     * operation handles it.
     *
     * @param <R> what each method returns
     * @param <X> what each method may throw; {@link RuntimeException} for none
     */
    interface Visitor<R, X extends Exception> {
        /** The operation on a block device. */
        R blk(BlkDevice source) throws X;

        /** The operation on kernfs. */
        R kernfs(Kernfs source) throws X;

        /** The operation on a tmpfs. */
        R tmpfs(Tmpfs source) throws X;

        /** The operation on an NFS export. */
        R nfs(Nfs source) throws X;
    }

    /**
     * {@code source: blk}: a block device under /dev, tried as each of {@link #FILESYSTEMS} in turn.
     *
     * @param device the device path, such as {@code /dev/xbd0a}
     */
    record BlkDevice(String device) implements MountSource {
        /** The file systems tried on a block device, in this order. */
        public static final List<String> FILESYSTEMS = List.of("ffs", "ext2fs", "cd9660");

        /**
         * Makes a block device source.
         *
         * @throws NullPointerException if {@code device} is null
         */
        public BlkDevice {
            Objects.requireNonNull(device, "device");
        }

        @Override
        public String source() {
            return "blk";
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.blk(this);
        }
    }

    /** {@code source: kernfs}. */
    record Kernfs() implements MountSource {
        @Override
        public String source() {
            return "kernfs";
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.kernfs(this);
        }
    }

    /**
     * {@code source: tmpfs}.
     *
     * @param sizeBytes the size limit in bytes
     * @param sizeText  {@code options.size} as written, or empty when defaulted
     */
    record Tmpfs(long sizeBytes, Optional<String> sizeText) implements MountSource {
        /** The size of a tmpfs that names none: 1 MiB. */
        public static final long DEFAULT_SIZE = 1L << 20;

        /**
         * Makes a tmpfs source.
         *
         * @throws NullPointerException     if {@code sizeText} is null
         * @throws IllegalArgumentException if {@code sizeBytes} is not above 0
         */
        public Tmpfs {
            if (sizeBytes <= 0) {
                throw new IllegalArgumentException("tmpfs size must be > 0: " + sizeBytes);
            }
            Objects.requireNonNull(sizeText, "sizeText");
        }

        @Override
        public String source() {
            return "tmpfs";
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.tmpfs(this);
        }
    }

    /**
     * {@code source: nfs}: {@code path} is {@code server:/export}.
     *
     * @param server   an IPv4 literal, an IPv6 literal (written in brackets) or a host name
     * @param export   the exported directory, an absolute path
     * @param vers     the NFS version, 2 or 3 ({@value #DEFAULT_VERS} unless {@code options.vers}
     *                 says)
     * @param proto    the transport, from {@code options.proto}; tcp unless it says
     * @param readOnly whether {@code options.ro} asks for a read-only mount
     */
    record Nfs(String server, String export, int vers, Proto proto, boolean readOnly) implements MountSource {
        /** The NFS version of a mount that names none. */
        public static final int DEFAULT_VERS = 3;
        /** The oldest NFS version rumprun mounts. */
        public static final int MIN_VERS = 2;
        /** The newest NFS version rumprun mounts. */
        public static final int MAX_VERS = 3;

        /**
         * Makes an NFS source.
         *
         * @throws NullPointerException     if any component is null
         * @throws IllegalArgumentException if {@code vers} is not 2 or 3
         */
        public Nfs {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(export, "export");
            Objects.requireNonNull(proto, "proto");
            if (vers < MIN_VERS || vers > MAX_VERS) {
                throw new IllegalArgumentException("nfs vers must be " + MIN_VERS + " or " + MAX_VERS + ": " + vers);
            }
        }

        /** Whether the server is named, not given as an address: mounting it needs DNS. */
        public boolean serverIsHostName() {
            String bare = server.startsWith("[") && server.endsWith("]")
                    ? server.substring(1, server.length() - 1) : server;
            return IpAddress.parse(bare).isEmpty();
        }

        /** {@code path} as written: {@code server:/export}. */
        public String path() {
            return server + ":" + export;
        }

        @Override
        public String source() {
            return "nfs";
        }

        @Override
        public <R, X extends Exception> R accept(Visitor<R, X> visitor) throws X {
            return visitor.nfs(this);
        }
    }

    /** {@code options.proto} of an NFS mount. */
    enum Proto {
        /** {@code udp}. */
        UDP("udp"),
        /** {@code tcp}. */
        TCP("tcp");

        private final String token;

        Proto(String token) {
            this.token = token;
        }

        /** The value as written in a configuration. */
        public String token() {
            return token;
        }
    }
}
