package io.rumpcfg.source.cmdline;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the original guest makes of the text its platform hands over, before it parses any JSON
 * (rumprun master, lib/librumprun_base/config.c, rumprun_config). The text is the first
 * multiboot module or the multiboot command line on hw, the xenstore value {@code rumprun/cfg}
 * or the start_info command line on Xen, or a command line given to {@link CmdlineSource}:
 *
 * <ol>
 * <li>The text ends at its first NUL: the guest holds it as a C string.
 * <li>{@code _RUMPRUN_ROOTFSCFG=} anywhere in it, even inside a JSON string, means the
 *     configuration is a file on the root file system, named by everything after the {@code =}
 *     to the end of the text with leading {@code /} dropped. That file's text then goes through
 *     the next step in its place.
 * <li>Everything before the first <code>&#123;</code> is skipped. With no <code>&#123;</code> at all the guest warns
 *     and runs every baked program with argv {@code ["rumprun"]}, yielded here as the
 *     older-format document {@link #NO_JSON_START}, which says exactly that.
 * </ol>
 */
public final class ConfigText {
    /** What the guest searches the whole text for. */
    public static final String ROOTFS_CFG = CmdlineSource.ROOTFS_CFG_KEY + "=";
    /**
     * The configuration of a text with no <code>&#123;</code>: the guest makes one command-line argv of the
     * single word {@code rumprun} and gives it to every baked program, as an older-format
     * {@code cmdline} does.
     */
    public static final String NO_JSON_START = "{\"cmdline\": \"rumprun\"}";

    private static final byte[] ROOTFS_CFG_BYTES = ROOTFS_CFG.getBytes(StandardCharsets.US_ASCII);

    /** How the text reached the guest. */
    public enum Carrier {
        /** A kernel command line: JSON on it is the deprecated way of passing a configuration. */
        COMMAND_LINE,
        /** A text of its own: a multiboot module, a xenstore value. */
        DOCUMENT
    }

    private ConfigText() {}

    /**
     * The configuration {@code text} gives the guest.
     *
     * @param name     the FILE part of diagnostics when the configuration is in the text itself
     * @param what     the text in words, for messages: "the command line", "the first module (cfg.json)"
     * @param options  the boot options that go with it
     * @param platform mounts the root file system, needed only for {@code _RUMPRUN_ROOTFSCFG}
     */
    public static SourceResult read(String name, String what, byte[] text, BootOptions options, Carrier carrier,
            Optional<Platform> platform) {
        byte[] cstring = upToNul(text);
        int key = indexOf(cstring, ROOTFS_CFG_BYTES);
        if (key >= 0) {
            return fromRootfs(name, what, cstring, key, options, platform);
        }
        int brace = indexOf(cstring, (byte) '{');
        if (brace < 0) {
            return noJsonStart(name, what, options);
        }
        byte[] json = Arrays.copyOfRange(cstring, jsonStart(cstring, brace), cstring.length);
        if (json.length > SourceResult.MAX_CONFIG_BYTES) {
            return SourceResult.none(name, options, List.of(SourceDiagnostics.overDocumentLimit(
                    "the configuration in " + what, json.length)));
        }
        List<Diagnostic> diags = carrier == Carrier.COMMAND_LINE
                ? List.of(SourceDiagnostics.deprecatedCommandLine()) : List.of();
        return SourceResult.of(name, json, options, diags);
    }

    private static SourceResult fromRootfs(String name, String what, byte[] text, int key, BootOptions options,
            Optional<Platform> platform) {
        int from = key + ROOTFS_CFG_BYTES.length;
        int nameStart = from;
        while (nameStart < text.length && text[nameStart] == '/') {
            nameStart++;
        }
        int pathEnd = endOfPath(text, nameStart);
        if (nameStart == text.length || pathEnd < text.length) {
            return SourceResult.none(name, options, List.of(badName(what, text, nameStart, pathEnd)));
        }
        String written = new String(text, from, text.length - from, StandardCharsets.UTF_8);
        String file = new String(text, nameStart, text.length - nameStart, StandardCharsets.UTF_8);
        SourceResult read = new RootfsConfig(platform, written, file).read(options);
        if (read.config().isEmpty()) {
            return read;
        }
        List<Diagnostic> diags = new ArrayList<>(read.diagnostics());
        int brace = indexOf(text, (byte) '{');
        if (brace >= 0 && brace < key) {
            diags.add(Diagnostic.warning(Code.CMDLINE_INLINE_IGNORED, Origin.SYNTHETIC, "the JSON in " + what
                    + " is ignored: " + ROOTFS_CFG + written + " names the configuration to use"));
        }
        byte[] fileText = upToNul(read.config().get());
        int fileBrace = indexOf(fileText, (byte) '{');
        if (fileBrace < 0) {
            diags.add(SourceDiagnostics.notJson(RootfsConfig.MOUNTPOINT + "/" + file));
            return new SourceResult(read.name(), Optional.of(NO_JSON_START.getBytes(StandardCharsets.UTF_8)),
                    read.baseDir(), options, diags);
        }
        byte[] json = Arrays.copyOfRange(fileText, jsonStart(fileText, fileBrace), fileText.length);
        return new SourceResult(read.name(), Optional.of(json), read.baseDir(), options, diags);
    }

    private static SourceResult noJsonStart(String name, String what, BootOptions options) {
        return SourceResult.of(name, NO_JSON_START.getBytes(StandardCharsets.UTF_8), options,
                List.of(SourceDiagnostics.notJson(what)));
    }

    /**
     * Where the configuration starts: at the first <code>&#123;</code>, or at the very start when only
     * white space comes before it, so that line numbers in diagnostics are the file's own.
     */
    private static int jsonStart(byte[] text, int brace) {
        for (int i = 0; i < brace; i++) {
            byte b = text[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return brace;
            }
        }
        return 0;
    }

    /**
     * Where a file name stops being a path written on a command line: at a blank, a quote, a
     * brace or a control character (a C1 one, U+0080-U+009F, is two bytes in UTF-8). The guest
     * does not stop there; this only finds what to report, and keeps control characters out of
     * the message.
     */
    private static int endOfPath(byte[] text, int from) {
        for (int i = from; i < text.length; i++) {
            int b = text[i] & 0xff;
            if (b <= ' ' || b == 0x7f || b == '"' || b == '\'' || b == '{' || b == '}' || isC1(text, i)) {
                return i;
            }
        }
        return text.length;
    }

    private static boolean isC1(byte[] text, int i) {
        return (text[i] & 0xff) == 0xc2 && i + 1 < text.length && (text[i + 1] & 0xff) >= 0x80
                && (text[i + 1] & 0xff) <= 0x9f;
    }

    /**
     * The file the guest would try to open, and why it will not be there. The text after the
     * path is counted, not shown: it is usually the configuration, whose values may be secrets.
     */
    private static Diagnostic badName(String what, byte[] text, int nameStart, int pathEnd) {
        if (nameStart == text.length) {
            return Diagnostic.error(Code.CMDLINE_ROOTFS_NAME, Origin.SYNTHETIC, what + " ends with " + ROOTFS_CFG
                    + " and no file name after it: the original guest opens an empty name on the root file "
                    + "system, fails and halts");
        }
        String path = new String(text, nameStart, pathEnd - nameStart, StandardCharsets.UTF_8);
        int rest = text.length - pathEnd;
        return Diagnostic.error(Code.CMDLINE_ROOTFS_NAME, Origin.SYNTHETIC, what + " holds " + ROOTFS_CFG
                + ", and the original guest takes everything after the = to the end of the text as the file name: "
                + "it would open " + RootfsConfig.MOUNTPOINT + "/" + path + " followed by " + rest + " more "
                + (rest == 1 ? "byte" : "bytes") + " (from " + describe(text[pathEnd]) + " on, not shown), "
                + "and halts when it cannot; put " + ROOTFS_CFG + "/path at the very end of the text");
    }

    private static String describe(byte b) {
        switch (b) {
            case ' ':
                return "a blank";
            case '\t':
                return "a tab";
            case '\n':
            case '\r':
                return "a line break";
            case '"':
                return "a double quote";
            case '\'':
                return "a single quote";
            case '{':
                return "a {";
            case '}':
                return "a }";
            case (byte) 0xc2:
                return "a control character";
            default:
                return String.format("byte 0x%02x", b & 0xff);
        }
    }

    /** {@code text} up to its first NUL, or all of it. */
    static byte[] upToNul(byte[] text) {
        int nul = indexOf(text, (byte) 0);
        return nul < 0 ? text : Arrays.copyOf(text, nul);
    }

    private static int indexOf(byte[] text, byte b) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code word} first occurs in {@code text}, as strstr finds it, or -1. */
    private static int indexOf(byte[] text, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= text.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (text[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
