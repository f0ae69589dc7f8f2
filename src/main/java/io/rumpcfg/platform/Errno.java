package io.rumpcfg.platform;

/**
 * The errno-style cause of a platform failure, named as NetBSD names them.
 *
 * <p>{@link #EINTR}: the executor was interrupted while waiting for a program;
 * {@link #ECHILD}: a program handle cannot be waited for (it never started).
 */
public enum Errno {
    EPERM, ENOENT, EIO, ENXIO, E2BIG, ENOEXEC, ENOMEM, EACCES, EBUSY, EEXIST, ENODEV, ENOTDIR,
    EISDIR, EINVAL, ENFILE, EMFILE, ENOSPC, EROFS, EADDRINUSE, EADDRNOTAVAIL, ENETUNREACH,
    ETIMEDOUT, ECONNREFUSED, EHOSTUNREACH, ENAMETOOLONG, ENOSYS, EOPNOTSUPP, EINTR, ECHILD
}
