package io.rumpcfg.source.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.source.SourceContext;

import io.rumpcfg.model.Diagnostic;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourcesTest {
    // The grammar's regexes, which Sources checks by hand to keep java.util.regex off the boot path.
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):.*", Pattern.DOTALL);
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,10}");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9A-Fa-f]{1,8}");

    static Stream<Arguments> goodSpecs() {
        return Stream.of(
                Arguments.of("-", new SourceSpec.Stdin()),
                Arguments.of("config.json", new SourceSpec.File(Path.of("config.json"))),
                Arguments.of("/etc/rumprun/a.json", new SourceSpec.File(Path.of("/etc/rumprun/a.json"))),
                Arguments.of("./odd:name.json", new SourceSpec.File(Path.of("./odd:name.json"))),
                Arguments.of("file:a.json", new SourceSpec.File(Path.of("a.json"))),
                Arguments.of("file:-", new SourceSpec.File(Path.of("-"))),
                Arguments.of("file:x:y.json", new SourceSpec.File(Path.of("x:y.json"))),
                Arguments.of("multiboot:mem.img@0x9000", new SourceSpec.Multiboot(Path.of("mem.img"), 0x9000)),
                Arguments.of("multiboot:mem.img@36864", new SourceSpec.Multiboot(Path.of("mem.img"), 36864)),
                Arguments.of("multiboot:a@b.img@0XFFFFFFFF", new SourceSpec.Multiboot(Path.of("a@b.img"), 0xFFFF_FFFFL)),
                Arguments.of("multiboot:m@4294967295", new SourceSpec.Multiboot(Path.of("m"), 4294967295L)),
                Arguments.of("xenstore:5", new SourceSpec.Xenstore(5, Optional.empty())),
                Arguments.of("xenstore:0", new SourceSpec.Xenstore(0, Optional.empty())),
                Arguments.of("xenstore:32751", new SourceSpec.Xenstore(32751, Optional.empty())),
                Arguments.of("xenstore:5@/tmp/xs.sock", new SourceSpec.Xenstore(5, Optional.of(Path.of("/tmp/xs.sock")))),
                Arguments.of("cmdline:console=com1 {\"rc\":[]}", new SourceSpec.Cmdline("console=com1 {\"rc\":[]}")),
                Arguments.of("cmdline:", new SourceSpec.Cmdline("")),
                Arguments.of("cmdline-file:/proc/cmdline", new SourceSpec.CmdlineFile(Path.of("/proc/cmdline"))),
                Arguments.of("CMDLINE-FILE:a:b", new SourceSpec.CmdlineFile(Path.of("a:b"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodSpecs")
    void parsesGoodSpecs(String text, SourceSpec expected) {
        assertThat(Sources.parse(text)).isEqualTo(new ParsedSpec(Optional.of(expected), Optional.empty()));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "''                        | empty source spec; expected -, PATH, file:PATH, multiboot:IMAGE@ADDR, xenstore:DOMID, cmdline:TEXT or cmdline-file:PATH",
        "cmdline-file:             | cmdline-file: needs a path: 'cmdline-file:'",
        "file:                     | file: needs a path: 'file:'",
        "multiboot:mem.img         | multiboot: needs IMAGE@ADDR: 'multiboot:mem.img'",
        "multiboot:@0x9000         | multiboot: needs IMAGE@ADDR: 'multiboot:@0x9000'",
        "multiboot:m@              | bad multiboot address '' in 'multiboot:m@'; expected a decimal or 0x-hex number below 2^32",
        "multiboot:m@0x100000000   | bad multiboot address '0x100000000' in 'multiboot:m@0x100000000'; expected a decimal or 0x-hex number below 2^32",
        "multiboot:m@4294967296    | bad multiboot address '4294967296' in 'multiboot:m@4294967296'; expected a decimal or 0x-hex number below 2^32",
        "multiboot:m@-1            | bad multiboot address '-1' in 'multiboot:m@-1'; expected a decimal or 0x-hex number below 2^32",
        "multiboot:m@9000h         | bad multiboot address '9000h' in 'multiboot:m@9000h'; expected a decimal or 0x-hex number below 2^32",
        "xenstore:                 | bad xen domain id '' in 'xenstore:'; expected 0 to 32751",
        "xenstore:dom5             | bad xen domain id 'dom5' in 'xenstore:dom5'; expected 0 to 32751",
        "xenstore:32752            | bad xen domain id '32752' in 'xenstore:32752'; expected 0 to 32751",
        "xenstore:5@               | xenstore: socket path after '@' is empty: 'xenstore:5@'",
        "xen:5                     | unknown source kind 'xen' in 'xen:5'; expected file:, multiboot:, xenstore:, cmdline: or cmdline-file: (use file:xen:5 for a file of that name)",
    })
    void rejectsBadSpecsWithAMessage(String text, String message) {
        assertThat(Sources.parse(text)).isEqualTo(new ParsedSpec(Optional.empty(), Optional.of(message)));
    }

    @Test
    void pathWithANulIsABadSpec() {
        assertThat(Sources.parse("file:a\0b").error()).contains("bad path in source spec 'file:a\0b': Nul character not allowed");
    }

    @Test
    void socketInTheSpecWinsOverTheOption() {
        SourceSpec.Xenstore given = new SourceSpec.Xenstore(5, Optional.of(Path.of("/a")));
        assertThat(given.withDefaultSocket(Path.of("/b")).socket()).contains(Path.of("/a"));
        assertThat(new SourceSpec.Xenstore(5, Optional.empty()).withDefaultSocket(Path.of("/b")).socket())
                .contains(Path.of("/b"));
    }

    @Test
    void opensEachKindWithItsDisplayName() {
        SourceContext ctx = SourceContext.DEFAULTS;
        assertThat(new SourceSpec.File(Path.of("a.json")).open(ctx).name()).isEqualTo("a.json");
        assertThat(new SourceSpec.Stdin().open(ctx).name()).isEqualTo("<stdin>");
        assertThat(new SourceSpec.Multiboot(Path.of("m.img"), 0x9000).open(ctx).name())
                .isEqualTo("multiboot:m.img@0x9000");
        assertThat(new SourceSpec.Xenstore(5, Optional.empty()).open(ctx).name())
                .isEqualTo("xenstore:/local/domain/5/rumprun/cfg");
        assertThat(new SourceSpec.Cmdline("").open(ctx).name()).isEqualTo("cmdline");
        assertThat(new SourceSpec.CmdlineFile(Path.of("cl.txt")).open(ctx).name()).isEqualTo("cl.txt");
    }

    @ParameterizedTest
    @CsvSource({"XEN, 2048, ''", "XEN, 2049, xen-over-quota", "XEN, 4065, xen-payload-too-large xen-over-quota",
        "HW, 4094, ''", "HW, 4095, hw-over-buffer"})
    void checksSizePerTarget(Sources.Target target, long size, String codes) {
        assertThat(Sources.checkSize(target, size)).extracting(d -> d.code().id())
                .containsExactly(codes.isEmpty() ? new String[0] : codes.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:a", "FILE:a", "file:", "xenstore:5@/x:y", "a1+.-:x", "ab::", "http://x", "ab:\n",
        "f:a", "C:\\x", ":", ":a", "a", "ab", "", "1a:x", "+a:x", "-a:x", ".a:x", "a b:x", "a_b:x", "a/b:x",
        "ab\n:x", "\u00e9t\u00e9:x", "a\u0663:x", "\uff41b:x", "./odd:name.json", "/etc/a:b"})
    void schemeIsWhatTheSchemeRegexCaptures(String spec) {
        Matcher m = SCHEME.matcher(spec);

        assertThat(Sources.scheme(spec)).isEqualTo(m.matches() ? Optional.of(m.group(1)) : Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "9", "0123456789", "4294967295", "12345678901", "", "-1", "+1", "1a", "a1", " 1",
        "1 ", "1.0", "\u0663", "\uff11", "0x0", "0X1f", "0xFFFFFFFF", "0xfffffffF", "0x100000000", "0x", "0X",
        "x1", "0xg", "0x-1", "00x1", "0x 1", "1x1", "0x\u0663", "0xab_c", "0x12345678"})
    void numbersAreReadAsTheDecimalAndHexRegexesRead(String text) {
        assertThat(Sources.isDecimal(text)).as("decimal").isEqualTo(DECIMAL.matcher(text).matches());
        assertThat(Sources.isHex(text)).as("hex").isEqualTo(HEX.matcher(text).matches());
    }
}
