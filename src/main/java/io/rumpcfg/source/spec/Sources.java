package io.rumpcfg.source.spec;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.hw.HwLimits;
import io.rumpcfg.source.solo5.Solo5Limits;
import io.rumpcfg.source.xen.XenLimits;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The entry points the CLI uses: parse a {@code --source SPEC} (which {@link SourceSpec#open}
 * opens), and check a configuration's size against what a target platform carries.
 *
 * <p>The grammar of a spec:
 * <pre>
 * SPEC  = "-"                          standard input
 *       | "file:" PATH                 a file (PATH may contain ':')
 *       | "multiboot:" IMAGE "@" ADDR  a guest memory dump; ADDR decimal or 0x-hex, &lt; 2^32
 *       | "xenstore:" DOMID ["@" SOCKET]  a domain's rumprun/cfg key; DOMID 0..32751
 *       | "cmdline:" TEXT              a kernel command line (TEXT may be empty)
 *       | "cmdline-file:" PATH         a kernel command line held in a file, as bytes
 *       | PATH                         any other text that does not start with "WORD:"
 * </pre>
 * The last {@code @} separates IMAGE from ADDR, the first one DOMID from SOCKET.
 */
public final class Sources {
    private Sources() {}

    /** The platforms {@link #checkSize} knows. */
    public enum Target {
        /** A Xen guest: the configuration goes into xenstore ({@link XenLimits}). */
        XEN,
        /** A hw guest: the configuration is the first multiboot module ({@link HwLimits}). */
        HW,
        /** A Solo5 guest: the configuration is on the tender's command line ({@link Solo5Limits}). */
        SOLO5
    }

    /** Parses {@code spec}; a bad one gives an error naming what is wrong, never an exception. */
    public static ParsedSpec parse(String spec) {
        try {
            return parseChecked(spec);
        } catch (InvalidPathException e) {
            return ParsedSpec.bad("bad path in source spec '" + spec + "': " + e.getReason());
        }
    }

    private static ParsedSpec parseChecked(String spec) {
        if (spec == null || spec.isEmpty()) {
            return ParsedSpec.bad("empty source spec; expected -, PATH, file:PATH, multiboot:IMAGE@ADDR, "
                    + "xenstore:DOMID, cmdline:TEXT or cmdline-file:PATH");
        }
        if (spec.equals("-")) {
            return ParsedSpec.ok(new SourceSpec.Stdin());
        }
        Optional<String> scheme = scheme(spec);
        if (scheme.isEmpty()) {
            return ParsedSpec.ok(new SourceSpec.File(Path.of(spec)));
        }
        String kind = scheme.get();
        String rest = spec.substring(kind.length() + 1);
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "file":
                return rest.isEmpty() ? ParsedSpec.bad("file: needs a path: '" + spec + "'")
                        : ParsedSpec.ok(new SourceSpec.File(Path.of(rest)));
            case "multiboot":
                return multiboot(spec, rest);
            case "xenstore":
                return xenstore(spec, rest);
            case "cmdline":
                return ParsedSpec.ok(new SourceSpec.Cmdline(rest));
            case "cmdline-file":
                return rest.isEmpty() ? ParsedSpec.bad("cmdline-file: needs a path: '" + spec + "'")
                        : ParsedSpec.ok(new SourceSpec.CmdlineFile(Path.of(rest)));
            default:
                return ParsedSpec.bad("unknown source kind '" + kind + "' in '" + spec
                        + "'; expected file:, multiboot:, xenstore:, cmdline: or cmdline-file: (use file:" + spec
                        + " for a file of that name)");
        }
    }

    private static ParsedSpec multiboot(String spec, String rest) {
        int at = rest.lastIndexOf('@');
        if (at <= 0) {
            return ParsedSpec.bad("multiboot: needs IMAGE@ADDR: '" + spec + "'");
        }
        String addr = rest.substring(at + 1);
        long value;
        if (isHex(addr)) {
            value = Long.parseLong(addr.substring(2), 16);
        } else if (isDecimal(addr) && Long.parseLong(addr) <= 0xFFFF_FFFFL) {
            value = Long.parseLong(addr);
        } else {
            return ParsedSpec.bad("bad multiboot address '" + addr + "' in '" + spec
                    + "'; expected a decimal or 0x-hex number below 2^32");
        }
        return ParsedSpec.ok(new SourceSpec.Multiboot(Path.of(rest.substring(0, at)), value));
    }

    private static ParsedSpec xenstore(String spec, String rest) {
        int at = rest.indexOf('@');
        String domid = at < 0 ? rest : rest.substring(0, at);
        Optional<Path> socket = Optional.empty();
        if (at >= 0) {
            if (at == rest.length() - 1) {
                return ParsedSpec.bad("xenstore: socket path after '@' is empty: '" + spec + "'");
            }
            socket = Optional.of(Path.of(rest.substring(at + 1)));
        }
        if (!isDecimal(domid) || Long.parseLong(domid) > XenLimits.MAX_DOMID) {
            return ParsedSpec.bad("bad xen domain id '" + domid + "' in '" + spec + "'; expected 0 to "
                    + XenLimits.MAX_DOMID);
        }
        return ParsedSpec.ok(new SourceSpec.Xenstore(Integer.parseInt(domid), socket));
    }

    /**
     * The kind a spec starts with, {@code WORD:} up to its first colon: an ASCII letter, then
     * one or more ASCII letters, digits, {@code +}, {@code .} or {@code -}; empty when the spec
     * does not start so (then it is a plain PATH).
     */
    static Optional<String> scheme(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 2 || !isAsciiLetter(spec.charAt(0))) {
            return Optional.empty();
        }
        for (int k = 1; k < colon; k++) {
            char c = spec.charAt(k);
            if (!(isAsciiLetter(c) || isDigit(c, 10) || c == '+' || c == '.' || c == '-')) {
                return Optional.empty();
            }
        }
        return Optional.of(spec.substring(0, colon));
    }

    /** One to ten ASCII decimal digits, nothing else. */
    static boolean isDecimal(String text) {
        return areDigits(text, 0, 10, 10);
    }

    /** {@code 0x} or {@code 0X}, then one to eight ASCII hex digits, nothing else. */
    static boolean isHex(String text) {
        return text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')
                && areDigits(text, 2, 8, 16);
    }

    /** Whether {@code text} from {@code from} on is 1 to {@code most} ASCII digits in {@code radix} (10 or 16). */
    private static boolean areDigits(String text, int from, int most, int radix) {
        int count = text.length() - from;
        if (count < 1 || count > most) {
            return false;
        }
        for (int k = from; k < text.length(); k++) {
            if (!isDigit(text.charAt(k), radix)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII only: Character.isDigit would also take e.g. Arabic-Indic digits. */
    private static boolean isDigit(char c, int radix) {
        return c >= '0' && c <= '9' || radix == 16 && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Whether a configuration of {@code size} bytes fits what {@code target} carries: on xen an
     * error over the 4096-byte payload (path included, longest domain id assumed) and a warning over
     * 2048 bytes; on hw a warning over 4095 bytes; on solo5 an error when the configuration and
     * its NUL are over the 8192-byte command line. Each message names the limit and the size.
     */
    public static List<Diagnostic> checkSize(Target target, long size) {
        if (target == Target.SOLO5) {
            return Solo5Limits.checkSize(size);
        }
        return target == Target.XEN ? XenLimits.checkSize(size) : HwLimits.checkSize(size);
    }
}
