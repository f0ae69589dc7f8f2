package io.rumpcfg.model;

import java.util.Optional;

/**
 * How NetBSD names device nodes: {@code /dev/<disk>} for a whole disk and
 * {@code /dev/<disk><letter>} for one of its partitions, letters {@code a} to {@code p}
 * ({@code MAXPARTITIONS} is 16 on amd64). The one place that knows it.
 */
public final class DeviceNames {
    /** The directory device nodes live in. */
    public static final String DEV = "/dev/";

    private DeviceNames() {}

    /** Whether {@code letter} names a partition. */
    public static boolean isPartitionLetter(char letter) {
        return letter >= 'a' && letter <= 'p';
    }

    /**
     * The disk a partition node belongs to: {@code /dev/vnd0a} → {@code vnd0}. Empty when
     * {@code path} is not under /dev or does not end in a partition letter.
     */
    public static Optional<String> diskOfPartition(String path) {
        if (!path.startsWith(DEV) || path.length() < DEV.length() + 2) {
            return Optional.empty();
        }
        char last = path.charAt(path.length() - 1);
        return isPartitionLetter(last)
                ? Optional.of(path.substring(DEV.length(), path.length() - 1))
                : Optional.empty();
    }

    /** Whether {@code path} is the node of blk device {@code name} or of one of its partitions. */
    public static boolean belongsTo(String path, String name) {
        if (path.equals(DEV + name)) {
            return true;
        }
        Optional<String> disk = diskOfPartition(path);
        return disk.isPresent() && disk.get().equals(name);
    }
}
