package io.rumpcfg.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ConfigParser;
import io.rumpcfg.parse.Limits;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.parse.ParseResult;
import io.rumpcfg.plan.PlanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile inputs of docs/security.md, each checked end to end (read, validate, plan):
 * every one is rejected with the diagnostic named here, and nothing is thrown.
 */
class HostileInputTest {
    /** A quarter of the usual 1 MiB thread stack. */
    private static final long STACK_BYTES = 256 * 1024;
    private static final Limits ROOMY = Limits.DEFAULTS.toBuilder().maxDocumentBytes(2 << 20).build();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Checked check(byte[] document, Limits limits) {
        return Rumpcfg.check(document, ParseOptions.DEFAULTS.withLimits(limits), PlanOptions.DEFAULTS);
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("100 000 nested arrays", utf8("{\"rc\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
                        Limits.DEFAULTS, "1:65537", "document is 200007 bytes, over the limit maxDocumentBytes=65536"),
                Arguments.of("30 000 nested arrays inside the size limit",
                        utf8("{\"rc\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}"),
                        Limits.DEFAULTS, "1:38", "nesting depth is 33, over the limit maxDepth=32"),
                Arguments.of("invalid UTF-8", new byte[] {'{', '"', 'h', 'o', 's', 't', 'n', 'a', 'm', 'e', '"', ':', '"',
                        (byte) 0xC3, 0x28, '"', '}'}, Limits.DEFAULTS, "1:14", "invalid UTF-8: byte 0xC3"),
                Arguments.of("a huge exponent", utf8("{\"netbsd\":{\"sysctl\":{\"kern.maxfiles\":1e999999999}}}"),
                        Limits.DEFAULTS, "1:38", "expected an integer, a boolean or a string, found number 1e999999999"),
                Arguments.of("a 100-digit integer", utf8("{\"netbsd\":{\"sysctl\":{\"kern.maxfiles\":" + "9".repeat(100) + "}}}"),
                        Limits.DEFAULTS, "1:38", "9".repeat(100) + " is out of range -9223372036854775808..9223372036854775807"),
                Arguments.of("a 1 MiB string", utf8("{\"hostname\":\"" + "a".repeat(1 << 20) + "\"}"),
                        Limits.DEFAULTS, "1:65537", "document is 1048591 bytes, over the limit maxDocumentBytes=65536"),
                Arguments.of("a 1 MiB string under a 2 MiB document limit", utf8("{\"hostname\":\"" + "a".repeat(1 << 20) + "\"}"),
                        ROOMY, "1:13", "string is 1048576 bytes, over the limit maxStringBytes=4096"),
                Arguments.of("an escaped NUL", utf8("{\"hostname\":\"a\\u0000b\"}"),
                        Limits.DEFAULTS, "1:13", "the string contains control character U+0000 at index 1"),
                Arguments.of("a raw NUL", utf8("{\"hostname\":\"a\u0000b\"}"), Limits.DEFAULTS, "1:15",
                        "a raw control character U+0000 (NUL) inside a string: JSON needs it escaped, as \\u0000"),
                Arguments.of("a NUL after the document", utf8("{}\u0000"), Limits.DEFAULTS, "1:3",
                        "unexpected text after the configuration, which ends at 1:2"),
                Arguments.of("a duplicate key", utf8("{\"hostname\":\"a\",\"hostname\":\"b\"}"), Limits.DEFAULTS, "1:17",
                        "hostname already given at 1:2; it can be given once"),
                Arguments.of("an escaped newline meant to add a resolv.conf line",
                        utf8("{\"net\":{\"dns\":{\"nameservers\":[\"10.0.0.1\"],\"search\":[\"a\\nnameserver 6.6.6.6\"]}}}"),
                        Limits.DEFAULTS, "1:53", "the string contains control character U+000A at index 1"),
                Arguments.of("a raw control character", utf8("{\"hostname\":\"a\u0001b\"}"), Limits.DEFAULTS, "1:15",
                        "a raw control character U+0001 inside a string: JSON needs it escaped, as \\u0001"),
                Arguments.of("a mountpoint climbing out with ..", utf8("{\"mount\":{\"/data/../etc\":{\"source\":\"tmpfs\"}}}"),
                        Limits.DEFAULTS, "1:11", "\"/data/../etc\" is not a mountpoint: an absolute, normal path (no empty, \".\" or \"..\" components, no trailing '/')"),
                Arguments.of("a name server given by name", utf8("{\"net\":{\"dns\":{\"nameservers\":[\"dns.example.com\"]}}}"),
                        Limits.DEFAULTS, "1:31", "\"dns.example.com\" is not an IPv4 or IPv6 address literal (names are never resolved)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileInputIsRejectedWithItsFirstDiagnostic(String what, byte[] document, Limits limits, String position,
            String message) {
        Checked checked = check(document, limits);

        assertThat(checked.isValid()).isFalse();
        assertThat(checked.plan()).isEmpty();
        Diagnostic first = checked.diagnostics().get(0);
        assertThat(first.isError()).isTrue();
        assertThat(first.position()).hasToString(position);
        assertThat(first.message()).isEqualTo(message);
    }

    /** A setting and two documents: one exactly at the limit (accepted), one a unit over it. */
    static Stream<Arguments> limitEdges() {
        return Stream.of(
                Arguments.of("maxDocumentBytes", Limits.DEFAULTS.toBuilder().maxDocumentBytes(200).build(), padded(200), padded(201),
                        "document is 201 bytes, over the limit maxDocumentBytes=200"),
                Arguments.of("maxDepth", Limits.DEFAULTS.toBuilder().maxDepth(3).build(),
                        utf8("{\"rc\":[{\"bin\":\"a\"}]}"),
                        utf8("{\"rc\":[{\"bin\":\"a\",\"argv\":[\"a\"]}]}"), "nesting depth is 4, over the limit maxDepth=3"),
                Arguments.of("maxStringBytes", Limits.DEFAULTS.toBuilder().maxStringBytes(5).build(),
                        utf8("{\"env\":{\"A\":\"12345\"}}"), utf8("{\"env\":{\"A\":\"123456\"}}"),
                        "string is 6 bytes, over the limit maxStringBytes=5"),
                Arguments.of("maxMembers", Limits.DEFAULTS.toBuilder().maxMembers(3).build(),
                        utf8("{\"env\":{\"A\":\"1\",\"B\":\"2\",\"C\":\"3\"}}"),
                        utf8("{\"env\":{\"A\":\"1\",\"B\":\"2\",\"C\":\"3\",\"D\":\"4\"}}"),
                        "object has 4 members, over the limit maxMembers=3"),
                Arguments.of("maxNumberLength", Limits.DEFAULTS.toBuilder().maxNumberLength(4).build(),
                        utf8("{\"netbsd\":{\"sysctl\":{\"kern.x\":1234}}}"),
                        utf8("{\"netbsd\":{\"sysctl\":{\"kern.x\":12345}}}"),
                        "number is 5 characters, over the limit maxNumberLength=4"),
                Arguments.of("maxDiagnostics", Limits.DEFAULTS.toBuilder().maxDiagnostics(3).build(), unknownKeys(3),
                        unknownKeys(4), "1 more diagnostic not shown, over the limit maxDiagnostics=3"));
    }

    private static byte[] padded(int size) {
        byte[] doc = utf8("{" + " ".repeat(size - 2) + "}");
        assertThat(doc).hasSize(size);
        return doc;
    }

    private static byte[] unknownKeys(int n) {
        return utf8(IntStream.range(0, n).mapToObj(i -> "\"k" + i + "\":1").collect(Collectors.joining(",", "{", "}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limitEdges")
    void eachLimitTakesItsValueAndRefusesOneMoreNamingIt(String setting, Limits limits, byte[] atLimit, byte[] overLimit,
            String message) {
        ParseResult at = ConfigParser.create(ParseOptions.DEFAULTS.withLimits(limits)).parse(atLimit);
        ParseResult over = ConfigParser.create(ParseOptions.DEFAULTS.withLimits(limits)).parse(overLimit);

        assertThat(at.diagnostics()).extracting(Diagnostic::message).noneMatch(m -> m.contains(setting));
        assertThat(over.diagnostics()).extracting(Diagnostic::message).contains(message);
    }

    @Test
    void aHundredMegabyteStreamIsReadOnlyOneByteBeyondTheLimit() throws IOException {
        EndlessDocument in = new EndlessDocument(100L << 20);

        ParseResult result = ConfigParser.create(ParseOptions.DEFAULTS).parse(in);

        assertThat(in.bytesRead()).isEqualTo(65_537);
        assertThat(result.config()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("document is at least 65537 bytes, over the limit maxDocumentBytes=65536");
    }

    @Test
    void theDeepestNestingAllowedIsReadOnASmallThreadStack() throws InterruptedException {
        int depth = Limits.MAX_DEPTH_SETTING;
        Limits deepest = Limits.DEFAULTS.toBuilder().maxDocumentBytes(1 << 20).maxDepth(depth).build();
        byte[] document = utf8("{\"rc\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}");
        AtomicReference<Object> outcome = new AtomicReference<>();

        Thread reader = new Thread(null, () -> {
            try {
                outcome.set(check(document, deepest));
            } catch (Throwable t) { // a StackOverflowError is what this test looks for
                outcome.set(t);
            }
        }, "small-stack", STACK_BYTES);
        reader.start();
        reader.join();

        assertThat(outcome.get()).isInstanceOf(Checked.class);
        assertThat(((Checked) outcome.get()).diagnostics()).extracting(Diagnostic::message)
                .noneMatch(m -> m.contains("maxDepth"));
    }

    @Test
    void depthLimitsTheReaderCannotHonourAreRefused() {
        assertThatThrownBy(() -> Limits.builder().maxDepth(Limits.MAX_DEPTH_SETTING + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDepth must be in 1..256: 257");
    }
}
