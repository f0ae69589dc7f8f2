package io.rumpcfg.parse;

import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.IpAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The one place for the shape of each kind of value: names, paths, sizes and the
 * counts that bound them. Section readers ask here; messages say in words what these check.
 * The checks are written by hand rather than as regular expressions (a {@code Matcher} per
 * element read was a measurable share of the parser's allocation); SyntaxHandWrittenTest holds
 * each to the regular expression it stands for.
 */
final class Syntax {
    private Syntax() {}

    /** RFC 1123: at most 253 characters. */
    static final int MAX_HOSTNAME = 253;
    /** RFC 1123: at most 63 characters a label. */
    static final int MAX_LABEL = 63;

    /** What every rlimit sysctl key, {@code proc.curproc.rlimit.<resource>.<soft|hard>}, starts with. */
    static final String RLIMIT_PREFIX = "proc.curproc.rlimit.";
    static final List<String> RLIMIT_RESOURCES = List.of("cputime", "filesize", "datasize", "stacksize",
            "coredumpsize", "memoryuse", "memorylocked", "maxproc", "descriptors", "sbsize", "vmemoryuse", "maxlwp");
    static final List<String> RLIMIT_KINDS = List.of("soft", "hard");
    static final String UNLIMITED = "unlimited";

    static final int MAX_NAMESERVERS = 3;
    static final int MAX_SEARCH_DOMAINS = 6;
    /** The generated {@code search a b c} line, without its newline. */
    static final int MAX_SEARCH_LINE = 256;
    static final String SEARCH_PREFIX = "search ";

    /** The length of the search line of {@code domains}, as {@code Dns.resolvConf()} writes it, without its newline. */
    static int searchLineLength(List<String> domains) {
        int length = SEARCH_PREFIX.length() + Math.max(0, domains.size() - 1); // a space between domains
        for (String domain : domains) {
            length += domain.length();
        }
        return length;
    }

    /** The two words of an rlimit sysctl key: {@code proc.curproc.rlimit.<resource>.<kind>}. */
    record Rlimit(String resource, String kind) {}

    /**
     * The resource and the kind of an rlimit sysctl key ({@link #RLIMIT_PREFIX}, then two words
     * without a dot); empty when {@code key} is not one.
     */
    static Optional<Rlimit> rlimit(String key) {
        if (!key.startsWith(RLIMIT_PREFIX)) {
            return Optional.empty();
        }
        int dot = key.indexOf('.', RLIMIT_PREFIX.length());
        if (dot <= RLIMIT_PREFIX.length() || dot == key.length() - 1 || key.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rlimit(key.substring(RLIMIT_PREFIX.length(), dot), key.substring(dot + 1)));
    }

    /** A prefix length of a family of {@code bits}: decimal, no leading zeros, 0..bits. */
    static Optional<Integer> prefixLength(String text, int bits) {
        int prefix = prefixLength(text, 0, bits);
        return prefix < 0 ? Optional.empty() : Optional.of(prefix);
    }

    /** {@link #prefixLength} of {@code text} from {@code from} on, or -1: without a cut and a box per address. */
    static int prefixLength(String text, int from, int bits) {
        int n = text.length() - from;
        if (n < 1 || n > 3 || (n > 1 && text.charAt(from) == '0') || !allDigits(text, from, text.length())) {
            return -1;
        }
        int prefix = Integer.parseInt(text, from, text.length(), 10);
        return prefix <= bits ? prefix : -1;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words of letters, digits and {@code _}, each starting with a letter, joined by dots: {@code kern.maxfiles}. */
    static boolean isSysctlKey(String key) {
        boolean wordStart = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            // The usual character first: a lower-case letter may stand anywhere.
            if (c >= 'a' && c <= 'z') {
                wordStart = false;
            } else if (wordStart) {
                return false;
            } else if (c == '.') {
                wordStart = true;
            } else if (!(c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !wordStart;
    }

    /**
     * An interface name: a driver name and a unit, {@code vioif0}; lower-case letters and digits,
     * a letter first and a digit last, 2 to 15 characters (NetBSD's IFNAMSIZ is 16 with the NUL).
     */
    static boolean isInterfaceName(String name) {
        int n = name.length();
        if (n < 2 || n > 15 || !isLower(name.charAt(0)) || !isDigit(name.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            if (!isLower(name.charAt(i)) && !isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A device file name under /dev: lower-case letters, digits and {@code _}, a letter first,
     * 1 to 31 characters (the C original cut longer names at 32 bytes).
     */
    static boolean isBlkName(String name) {
        return isBlkName(name, 0);
    }

    private static boolean isBlkName(String name, int from) {
        int n = name.length() - from;
        if (n < 1 || n > 31 || !isLower(name.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLower(c) && !isDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * An etfs host path: {@code blkfront:} and a Xen disk ({@code xvd}, {@code sd} or {@code hd},
     * letters, then digits), or {@code solo5:} and a {@linkplain #isBlkName device name}.
     */
    static boolean isEtfsPath(String path) {
        String solo5 = Blk.Etfs.SOLO5_PREFIX;
        String blkfront = Blk.Etfs.BLKFRONT_PREFIX;
        if (path.startsWith(solo5)) {
            return isBlkName(path, solo5.length());
        }
        return path.startsWith(blkfront) && isXenDisk(path, blkfront.length());
    }

    /** A Xen disk as the older format names it for etfs ({@code xvda}): what follows {@code blkfront:}. */
    static boolean isEtfsDisk(String disk) {
        return isXenDisk(disk, 0);
    }

    /** {@code (xvd|sd|hd)[a-z]+[0-9]*} from {@code from} to the end. */
    private static boolean isXenDisk(String s, int from) {
        int i;
        if (s.startsWith("xvd", from)) {
            i = from + 3;
        } else if (s.startsWith("sd", from) || s.startsWith("hd", from)) {
            i = from + 2;
        } else {
            return false;
        }
        int letters = i;
        while (i < s.length() && isLower(s.charAt(i))) {
            i++;
        }
        if (i == letters) {
            return false;
        }
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i == s.length();
    }

    /** Whether {@code name} is an RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens, not all digits. */
    static boolean isHostname(String name) {
        if (name.isEmpty() || name.length() > MAX_HOSTNAME) {
            return false;
        }
        boolean allNumeric = true;
        int start = 0;
        while (true) {
            int end = name.indexOf('.', start);
            int stop = end < 0 ? name.length() : end;
            if (!isLabel(name, start, stop)) {
                return false;
            }
            for (int i = start; i < stop; i++) {
                allNumeric &= isDigit(name.charAt(i));
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        // RFC 1123 2.1: a name must never look like a dotted-decimal address.
        return !allNumeric;
    }

    private static boolean isLabel(String s, int start, int stop) {
        int n = stop - start;
        if (n < 1 || n > MAX_LABEL || !isLetterOrDigit(s.charAt(start)) || !isLetterOrDigit(s.charAt(stop - 1))) {
            return false;
        }
        for (int i = start + 1; i < stop - 1; i++) {
            if (!isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLower(c) || (c >= 'A' && c <= 'Z') || isDigit(c);
    }

    /** What {@link #isNormalAbsolutePath} checks, in the words of messages. */
    static final String NORMAL_PATH_RULE =
            "an absolute, normal path (no empty, \".\" or \"..\" components, no trailing '/')";

    /** Absolute and normal: starts with /, no empty, "." or ".." component, no trailing / except "/" itself. */
    static boolean isNormalAbsolutePath(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        return path.length() == 1 || isNormalRelative(path, 1);
    }

    /** A relative path with no empty, "." or ".." component. */
    static boolean isNormalRelative(String path) {
        return isNormalRelative(path, 0);
    }

    /** Whether {@code path} from {@code start} on is a normal relative path. */
    private static boolean isNormalRelative(String path, int start) {
        int n = path.length();
        if (n <= start) {
            return false;
        }
        // One walk over the characters, each component judged at its end: every mount point
        // and device comes here, and a search for each '/' cost more than the walk.
        int from = start;
        for (int i = start; i < n; i++) {
            if (path.charAt(i) == '/') {
                if (!isNormalComponent(path, from, i)) {
                    return false;
                }
                from = i + 1;
            }
        }
        return isNormalComponent(path, from, n);
    }

    /** Whether {@code path} from {@code from} to {@code to} is a component of a normal path: not empty, "." or "..". */
    private static boolean isNormalComponent(String path, int from, int to) {
        int length = to - from;
        return length > 2 || (length > 0 && (path.charAt(from) != '.' || (length == 2 && path.charAt(from + 1) != '.')));
    }

    /** A device node: a normal absolute path below /dev. */
    static boolean isDevicePath(String path) {
        return path.startsWith("/dev/") && isNormalAbsolutePath(path);
    }

    /** An environment variable name: non-empty, without '='. */
    static boolean isEnvName(String name) {
        int n = name.length();
        // A walk, not indexOf: names are short, and every env name comes here.
        for (int i = 0; i < n; i++) {
            if (name.charAt(i) == '=') {
                return false;
            }
        }
        return n > 0;
    }

    /** The unit of a vnd name, if it is one. */
    static Optional<Integer> vndUnit(String name) {
        // VND_NAME by hand: "vnd", then 0 or 1..3 digits without a leading zero.
        int n = name.length();
        if (!name.startsWith("vnd") || n < 4 || n > 6 || (name.charAt(3) == '0' && n > 4)) {
            return Optional.empty();
        }
        for (int i = 3; i < n; i++) {
            if (!isDigit(name.charAt(i))) {
                return Optional.empty();
            }
        }
        int unit = Integer.parseInt(name, 3, n, 10);
        return unit <= Blk.Vnd.MAX_UNIT ? Optional.of(unit) : Optional.empty();
    }

    /** What {@link #sizeOf} takes, in the words of messages. */
    static final String SIZE_RULE = "a size > 0 below 8 EiB: digits, then an optional k, K, m, M, g or G (\"4M\")";

    /**
     * Bytes of a tmpfs size (decimal digits and an optional binary suffix, {@code k}, {@code m} or
     * {@code g} in either case); empty if malformed, zero or too large for a long.
     */
    static OptionalLong sizeOf(String text) {
        int digits = text.length();
        int shift = 0;
        if (digits > 0) {
            switch (text.charAt(digits - 1)) {
                case 'k':
                case 'K':
                    shift = 10;
                    digits--;
                    break;
                case 'm':
                case 'M':
                    shift = 20;
                    digits--;
                    break;
                case 'g':
                case 'G':
                    shift = 30;
                    digits--;
                    break;
                default:
                    break;
            }
        }
        if (digits < 1 || digits > 19) {
            return OptionalLong.empty();
        }
        long n = 0;
        for (int i = 0; i < digits; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
            n = 10 * n + (c - '0');
        }
        // 19 digits beyond Long.MAX_VALUE (at most 10^19 - 1, less than 2^64) wrap to a
        // negative n, refused with zero below.
        if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(n << shift);
    }

    /** An NFS mount's path, {@code server:/export}, split; a bracketed IPv6 server keeps its brackets. */
    record NfsExport(String server, String export) {}

    /** What {@link #nfsExport} takes, in the words of messages. */
    static final String NFS_EXPORT_RULE = "an NFS export \"server:/export\" (server an IPv4 literal, an [IPv6] literal"
            + " or a host name; export an absolute, normal path)";

    /** {@code server:/export} split in two, the server checked; empty when it is not one. */
    static Optional<NfsExport> nfsExport(String path) {
        String server;
        String export;
        if (path.startsWith("[")) {
            int close = path.indexOf("]:");
            if (close < 0 || IpAddress.parse(path.substring(1, close), AddressFamily.INET6).isEmpty()) {
                return Optional.empty();
            }
            server = path.substring(0, close + 1);
            export = path.substring(close + 2);
        } else {
            int colon = path.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            server = path.substring(0, colon);
            export = path.substring(colon + 1);
            boolean v4 = IpAddress.parse(server, AddressFamily.INET).isPresent();
            if (!v4 && !isHostname(server)) {
                return Optional.empty();
            }
        }
        return isNormalAbsolutePath(export) ? Optional.of(new NfsExport(server, export)) : Optional.empty();
    }
}
