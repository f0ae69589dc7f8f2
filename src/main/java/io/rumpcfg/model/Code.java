package io.rumpcfg.model;

import static io.rumpcfg.model.Severity.ERROR;
import static io.rumpcfg.model.Severity.WARNING;

import java.util.Optional;

/**
 * Every diagnostic code a user can see, with its severity and what it means: the one
 * catalogue that every reader, planner, source, converter and command reports from, and that
 * docs/config.md's code table lists row for row (a test holds the two to each other).
 *
 * <p>A code's {@link #id} is stable: tests and tools may match on it. Ids are lower-case words
 * joined by hyphens; a code about the document in the current format is its bare words
 * ({@code duplicate}), any other starts with its area: {@code older-} (the older rumprun
 * format, reading or writing it), {@code source-}, {@code hw-}, {@code xen-} and
 * {@code cmdline-} (where the configuration is read from), {@code boot-} (the library's boot
 * call), {@code host-} (the host process platform). Adding a code is one line here and one row
 * in that table.
 */
public enum Code {
    // The document and its shape.
    SYNTAX("syntax", ERROR, "not JSON: what is wrong (a missing or trailing comma, a comment, an unterminated string,"
            + " an unclosed object, ...), where to fix it"),
    INVALID_UTF8("invalid-utf8", ERROR, "a byte that is not UTF-8"),
    NOT_AN_OBJECT("not-an-object", ERROR, "the document is not a JSON object"),
    TRAILING_CONTENT("trailing-content", ERROR, "text follows the configuration object"),
    LIMIT("limit", ERROR, "a limit of the table above is exceeded"),
    CONTROL_CHARACTER("control-character", ERROR, "a string holds a control character"),
    LONE_SURROGATE("lone-surrogate", ERROR,
            "a string holds half a UTF-16 surrogate pair (a \\ud800 escape alone): no Unicode character"),
    UNKNOWN_KEY("unknown-key", ERROR, "a key the format does not have, or not with this source or method",
            "a warning at the root without --strict"),
    DUPLICATE_KEY("duplicate-key", ERROR, "a key repeated inside one object"),
    DUPLICATE("duplicate", ERROR, "a name given twice across repeated root keys, or an element given once given again",
            "a warning for a kern.hostname equal to hostname"),
    MISSING_KEY("missing-key", ERROR, "a required key is absent"),
    WRONG_TYPE("wrong-type", ERROR, "a value of the wrong JSON type"),
    BAD_VALUE("bad-value", ERROR, "a value that breaks the key's rule"),
    OUT_OF_RANGE("out-of-range", ERROR, "a number out of range"),
    TOO_MANY("too-many", ERROR, "more nameservers or search domains than allowed"),
    UNKNOWN_BIN("unknown-bin", ERROR, "an rc bin not among --bins"),
    DEPRECATED("deprecated", WARNING, "\"*\" as bin"),
    CONFLICT("conflict", ERROR, "hostname and kern.hostname disagree"),
    TOO_MANY_DIAGNOSTICS("too-many-diagnostics", WARNING, "the count of diagnostics left out, over maxDiagnostics",
            "an error when any of them is"),
    MIXED_FORMAT("mixed-format", ERROR, "keys of both formats in one document"),

    // Across the elements: found while planning.
    CYCLE("cycle", ERROR, "effects that wait for each other"),
    VND_NOT_CONFIGURED("vnd-not-configured", ERROR, "a /dev/vnd<N> mounted with no blk.vnd<N>"),
    DUPLICATE_ADDRESS("duplicate-address", ERROR, "one address on two interfaces"),
    GATEWAY_UNREACHABLE("gateway-unreachable", WARNING, "a static gateway outside every static subnet of its family,"
            + " with no DHCP (IPv4) or auto (IPv6); an IPv6 link-local gateway is always on the link"),
    DEVICE_MOUNTED_TWICE("device-mounted-twice", ERROR,
            "one block device mounted on two mountpoints (NetBSD mounts a device once)"),
    NFS_WITHOUT_NETWORK("nfs-without-network", WARNING,
            "an NFS mount with no interface configured, from a server not on the loopback"),
    GATEWAY_OWN_ADDRESS("gateway-own-address", WARNING, "a gateway that is an interface's own address"),
    GATEWAY_BROADCAST("gateway-broadcast", WARNING,
            "a gateway that is the broadcast address of an interface's IPv4 subnet"),

    // The older format: reading it as rumprun master's guest does, and writing it.
    COMMA_REPAIR("comma-repair", WARNING,
            "an older document that is strict JSON but for the launcher's stray commas"),
    OLDER_FORMAT("older-format", WARNING, "the document is in the deprecated older format"),
    OLDER_CMDLINE_BINS("older-cmdline-bins", WARNING, "an older cmdline read without --bins"),
    OLDER_IGNORED("older-ignored", WARNING,
            "an older key rumprun master ignores (e.g. gw with dhcp, fstype without a mountpoint)"),
    OLDER_RC_BINS("older-rc-bins", WARNING, "an older rc_TESTING (or rc) read without --bins"),
    OLDER_ESCAPE("older-escape", WARNING,
            "an older string written with a JSON escape, which master's guest takes as written"),
    OLDER_SPLIT("older-split", WARNING,
            "an unquoted older cmdline with a run of blanks: an argument joined in without quoting is lost"),
    OLDER_MASK("older-mask", WARNING,
            "an older IPv4 mask of \"1\" (urunc's on-link workaround), or one read as 0 (configured as /32)"),
    OLDER_HOSTNAME("older-hostname", WARNING,
            "an older hostname that is not RFC 1123, read as sysctl kern.hostname"),
    OLDER_HALT("older-halt", ERROR, "rumprun master's guest halts (or crashes) on this older document, here"),
    OLDER_ROOTFS("older-rootfs", ERROR, "_RUMPRUN_ROOTFSCFG= in an older document: master's guest reads its"
            + " configuration from the root disk instead"),
    OLDER_SYNTAX("older-syntax", WARNING,
            "an older document that is not strict JSON, read as master's tokenizer reads it"),
    OLDER_SKIPPED("older-skipped", WARNING,
            "text before the first { of an older document, which master's guest skips"),
    OLDER_PREFIX("older-prefix", WARNING, "an older key master matches by prefix (\"e\" is env)"),
    OLDER_TWICE("older-twice", WARNING, "an older value given again, where master keeps the last"),
    OLDER_UNUSED("older-unused", WARNING, "an older argv master gives to no program (a second cmdline, an rc"
            + " entry beyond the baked programs, argvs run out)"),
    OLDER_CUT("older-cut", WARNING,
            "an older etfs path longer than master's device-name buffer, cut as master cuts it"),
    OLDER_ATOI("older-atoi", WARNING,
            "an older mask that is not a plain number, read with atoi as master reads it"),
    OLDER_RAW("older-raw", WARNING,
            "a raw control character inside an older string, which master takes as part of it"),
    OLDER_MOUNTPOINT("older-mountpoint", WARNING,
            "an older mountpoint written other than normal (data, /data/), or mounted a second time"),
    OLDER_GATEWAY("older-gateway", WARNING, "an older gw reachable only through an earlier dhcp or auto address"),
    OLDER_FORK("older-fork", WARNING, "cwd, or a blk array: master halts on it, the Solo5 forks read it"),
    OLDER_INEXPRESSIBLE("older-inexpressible", ERROR,
            "convert to the older format: an element the older format cannot express"),
    OLDER_DROPPED("older-dropped", WARNING, "convert to the older format with --lossy: an element left out"),
    CURRENT_INEXPRESSIBLE("current-inexpressible", ERROR, "convert: an element of an older document the current"
            + " format cannot express (a mountpoint mounted twice, a raw control character)"),

    // Where the configuration is read from.
    SOURCE_TOO_LARGE("source-too-large", ERROR, "the configuration is longer than a source reads (64 KiB)"),
    SOURCE_UNREADABLE("source-unreadable", ERROR, "a file, standard input, a memory image or the configuration on"
            + " the root file system cannot be read"),
    SOURCE_DEPRECATED_CMDLINE("source-deprecated-cmdline", WARNING, "the configuration came from a kernel command line, a deprecated way"),
    SOURCE_NOT_JSON("source-not-json", WARNING, "the text holds no {: every program runs with argv [\"rumprun\"]"),
    SOURCE_NO_CONFIG("source-no-config", ERROR, "validate, convert, xen-write, launch, image: the source holds no"
            + " configuration (source-not-json), where one was expected"),
    HW_OUTSIDE_MEMORY("hw-outside-memory", ERROR,
            "a pointer or range of the boot information lies outside the memory image"),
    HW_END_BEFORE_START("hw-end-before-start", ERROR, "a module's mod_end lies before its mod_start"),
    HW_NO_TERMINATOR("hw-no-terminator", ERROR, "a command line or module name has no NUL"),
    HW_OVER_BUFFER("hw-over-buffer", ERROR,
            "a first module of 4095 bytes or more, or a command line of 4096 or more",
            "a warning from validate --target hw"),
    XEN_UNREACHABLE("xen-unreachable", ERROR,
            "xenstored cannot be reached, or does not take the connection within the time-out"),
    XEN_ERROR_REPLY("xen-error-reply", ERROR, "xenstored answered an error other than ENOENT"),
    XEN_PROTOCOL("xen-protocol", ERROR, "xenstored's reply broke the protocol or did not come in time"),
    XEN_PAYLOAD_TOO_LARGE("xen-payload-too-large", ERROR, "a write over the 4096-byte xenstore payload"),
    XEN_OVER_QUOTA("xen-over-quota", WARNING, "a configuration over oxenstored's default 2048 bytes per value"),
    XEN_CMDLINE_CUT("xen-cmdline-cut", WARNING, "a start_info command line over 1023 bytes, read cut there"),
    CMDLINE_ROOTFS_NAME("cmdline-rootfs-name", ERROR,
            "_RUMPRUN_ROOTFSCFG= with no file name, or with more than a path after it"),
    CMDLINE_INLINE_IGNORED("cmdline-inline-ignored", WARNING, "JSON before _RUMPRUN_ROOTFSCFG=, which wins"),
    CMDLINE_NO_ROOTFS("cmdline-no-rootfs", ERROR,
            "the root file system cannot be mounted, or there is no platform to mount it"),

    // Booting and running.
    BOOT_PLATFORM_BINS("boot-platform-bins", ERROR, "the platform could not say which binaries are baked in"),
    BOOT_SOURCE_FAILED("boot-source-failed", ERROR, "reading the configuration from its source failed unexpectedly"),
    HOST_ENV("host-env", ERROR, "run --platform process or linux only: an env variable that steers the host's loader"
            + " or a shell, not named by --allow-env"),
    LAUNCH_WRONG_PLATFORM("launch-wrong-platform", ERROR, "launch: a device the hypervisor's guests do not have"
            + " (xenif0 on QEMU, /dev/ld0a on Xen, wd4, a second ukvmif)"),
    LAUNCH_NO_DEVICE("launch-no-device", ERROR, "launch: a device the guest needs that no --disk or --net gives"),
    LAUNCH_UNUSED_DEVICE("launch-unused-device", ERROR,
            "launch: a --disk or --net that gives a device the configuration does not use"),
    LINUX_SYSCTL("linux-sysctl", ERROR, "run --platform linux only: a sysctl the kernel does not keep per namespace,"
            + " or a per-process one other than an rlimit");

    private final String id;
    private final Severity severity;
    private final String meaning;
    private final Optional<String> otherwise;

    Code(String id, Severity severity, String meaning) {
        this.id = id;
        this.severity = severity;
        this.meaning = meaning;
        this.otherwise = Optional.empty();
    }

    Code(String id, Severity severity, String meaning, String otherwise) {
        this.id = id;
        this.severity = severity;
        this.meaning = meaning;
        this.otherwise = Optional.of(otherwise);
    }

    /** The stable id that rendered diagnostics, JSON and tools show: {@code unknown-key}. */
    public String id() {
        return id;
    }

    /**
     * The severity this code is reported with; {@link #otherwise} says where it is the other
     * one. {@code --strict} makes every warning an error.
     */
    public Severity severity() {
        return severity;
    }

    /** What the code means, in one line. */
    public String meaning() {
        return meaning;
    }

    /** Where the code is reported with the other severity, if anywhere: "a warning at the root without --strict". */
    public Optional<String> otherwise() {
        return otherwise;
    }

    /** The code with this {@link #id}, if there is one. */
    public static Optional<Code> ofId(String id) {
        for (Code code : values()) {
            if (code.id.equals(id)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** The {@link #id}. */
    @Override
    public String toString() {
        return id;
    }
}
