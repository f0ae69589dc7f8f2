package io.rumpcfg.parse;

import java.util.regex.Pattern;

/**
 * The rules of {@link Syntax} as regular expressions: the form in which a reader checks
 * quickly what the hand-written checks accept. SyntaxHandWrittenTest holds each check to its
 * pattern.
 */
final class SyntaxPatterns {
    static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");
    /** NetBSD's IFNAMSIZ is 16 with the NUL: a driver name and a unit, {@code vioif0}. */
    static final Pattern INTERFACE_NAME = Pattern.compile("[a-z][a-z0-9]{0,13}[0-9]");
    /** A device file name under /dev; the C original cut longer names at 32 bytes. */
    static final Pattern BLK_NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");
    /** {@code vnd<unit>}, unit 0..255 without leading zeros, so that one device has one name. */
    static final Pattern VND_NAME = Pattern.compile("vnd(0|[1-9][0-9]{0,2})");
    static final Pattern ETFS_PATH = Pattern.compile("blkfront:(xvd|sd|hd)[a-z]+[0-9]*|solo5:[a-z][a-z0-9_]{0,30}");
    /** Lower-case words joined by dots: {@code kern.maxfiles}, {@code net.inet.ip.forwarding}. */
    static final Pattern SYSCTL_KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    /** {@code proc.curproc.rlimit.<resource>.<soft|hard>}: the keys that also take "unlimited". */
    static final Pattern RLIMIT_KEY = Pattern.compile("proc\\.curproc\\.rlimit\\.([^.]+)\\.([^.]+)");
    /** A tmpfs size: decimal digits and an optional binary suffix. */
    static final Pattern SIZE = Pattern.compile("([0-9]{1,19})([kKmMgG]?)");
    static final Pattern PREFIX_LENGTH = Pattern.compile("0|[1-9][0-9]{0,2}");

    private SyntaxPatterns() {}
}
