package io.rumpcfg.platform;

/**
 * The errno-style cause of a platform failure, named as NetBSD names them.
 *
 * <p>{@link #EINTR}: the executor was interrupted while waiting for a program;
 * {@link #ECHILD}: a program handle cannot be waited for (it never started).
 */
public enum Errno {
    /** Operation not permitted. */
    EPERM,
    /** No such file or directory; also an unknown binary in {@link Platform#spawn}. */
    ENOENT,
    /** Input/output error. */
    EIO,
    /** Device not configured: a mount's device does not exist. */
    ENXIO,
    /** Too big: a file longer than {@link Platform#readFile} was allowed to read. */
    E2BIG,
    /** Exec format error: the binary cannot be run. */
    ENOEXEC,
    /** Cannot allocate memory. */
    ENOMEM,
    /** Permission denied. */
    EACCES,
    /** Device busy, such as a device already mounted or configured. */
    EBUSY,
    /** File exists, such as an interface or device already created. */
    EEXIST,
    /** Operation not supported by device, such as an unknown file system type. */
    ENODEV,
    /** Not a directory: a path component is a file. */
    ENOTDIR,
    /** Is a directory, where a file was expected. */
    EISDIR,
    /** Invalid argument. */
    EINVAL,
    /** Too many open files in the system. */
    ENFILE,
    /** Too many open files in the process. */
    EMFILE,
    /** No space left on device. */
    ENOSPC,
    /** Read-only file system. */
    EROFS,
    /** Address already in use. */
    EADDRINUSE,
    /** Cannot assign the requested address. */
    EADDRNOTAVAIL,
    /** Network is unreachable. */
    ENETUNREACH,
    /** Operation timed out. */
    ETIMEDOUT,
    /** Connection refused. */
    ECONNREFUSED,
    /** No route to host. */
    EHOSTUNREACH,
    /** File name too long. */
    ENAMETOOLONG,
    /** Function not implemented: the platform does not offer this effect. */
    ENOSYS,
    /** Operation not supported. */
    EOPNOTSUPP,
    /** Interrupted: the executor was interrupted while waiting for a program. */
    EINTR,
    /** No child process: a program handle cannot be waited for (it never started). */
    ECHILD
}
