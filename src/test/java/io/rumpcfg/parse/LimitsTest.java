package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.rumpcfg.hostile.EndlessDocument;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LimitsTest {
    private static final ConfigParser PARSER = ConfigParser.create(ParseOptions.DEFAULTS);

    private static ParseResult parse(String json) {
        return PARSER.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Diagnostic onlyDiagnostic(ParseResult result) {
        assertThat(result.config()).isEmpty();
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        Limits d = Limits.DEFAULTS;

        assertThat(new int[] {d.maxDocumentBytes(), d.maxDepth(), d.maxStringBytes(), d.maxMembers(),
                d.maxNumberLength(), d.maxDiagnostics()}).containsExactly(65536, 32, 4096, 1024, 100, 100);
    }

    @Test
    void builderSetsEachLimitAndToBuilderKeepsTheRest() {
        Limits limits = Limits.DEFAULTS.toBuilder().maxDepth(8).maxMembers(10).build();

        assertThat(limits.maxDepth()).isEqualTo(8);
        assertThat(limits.maxMembers()).isEqualTo(10);
        assertThat(limits.maxStringBytes()).isEqualTo(4096);
        assertThat(limits.toBuilder().build()).isEqualTo(limits).isNotEqualTo(Limits.DEFAULTS);
    }

    @Test
    void builderRefusesALimitBelowOneNamingTheSetting() {
        assertThatThrownBy(() -> Limits.builder().maxStringBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxStringBytes").hasMessageContaining(": 0");
    }

    @Test
    void jacksonConstraintsAreDerivedAndNoStricterThanOurs() {
        StreamReadConstraints c = Limits.DEFAULTS.streamReadConstraints();

        assertThat(c.getMaxNestingDepth()).isEqualTo(33);
        assertThat(c.getMaxDocumentLength()).isEqualTo(65536);
        assertThat(c.getMaxStringLength()).isGreaterThanOrEqualTo(4096);
        assertThat(c.getMaxNumberLength()).isGreaterThanOrEqualTo(100);
    }

    private static String nested(int arrays) {
        return "{\"x\": " + "[".repeat(arrays) + "]".repeat(arrays) + "}";
    }

    @Test
    void nestingAtTheLimitIsAccepted() {
        assertThat(parse(nested(31)).config()).isPresent(); // root object + 31 arrays = depth 32
    }

    @Test
    void nestingOverTheLimitNamesTheLimit() {
        Diagnostic d = onlyDiagnostic(parse(nested(32)));

        assertThat(d.code()).isEqualTo(Code.LIMIT);
        assertThat(d.message()).isEqualTo("nesting depth is 33, over the limit maxDepth=32");
        assertThat(d.path().toString()).isEqualTo("x" + "[0]".repeat(31));
        assertThat(d.position()).hasToString("1:" + (7 + 31));
    }

    @Test
    void stringAtTheLimitIsAccepted() {
        assertThat(parse("{\"env\": {\"A\": \"" + "a".repeat(4096) + "\"}}").config()).isPresent();
    }

    @Test
    void stringOverTheLimitNamesTheLimitAndItsSize() {
        Diagnostic d = onlyDiagnostic(parse("{\"env\": {\"A\": \"" + "a".repeat(4097) + "\"}}"));

        assertThat(d.message()).isEqualTo("string is 4097 bytes, over the limit maxStringBytes=4096");
        assertThat(d.path().toString()).isEqualTo("env.A");
        assertThat(d.position()).hasToString("1:15");
    }

    @Test
    void readingGoesOnAfterAStringOverTheLimit() {
        ParseResult result = parse("{\"env\": {\"A\": \"" + "a".repeat(4097) + "\"}, \"hostname\": 1}");

        assertThat(result.diagnostics()).extracting(d -> d.path().toString()).containsExactly("env.A", "hostname");
    }

    @Test
    void stringLimitCountsUtf8BytesNotCharacters() {
        Diagnostic d = onlyDiagnostic(parse("{\"env\": {\"A\": \"" + "é".repeat(2049) + "\"}}"));

        assertThat(d.message()).isEqualTo("string is 4098 bytes, over the limit maxStringBytes=4096");
    }

    @Test
    void keysAreStringsToo() {
        Diagnostic d = onlyDiagnostic(parse("{\"env\": {\"" + "K".repeat(4097) + "\": \"x\"}}"));

        assertThat(d.message()).isEqualTo("string is 4097 bytes, over the limit maxStringBytes=4096");
        assertThat(d.position()).hasToString("1:10");
    }

    private static String envWith(int members) {
        StringBuilder doc = new StringBuilder("{\"env\": {");
        for (int i = 0; i < members; i++) {
            doc.append(i == 0 ? "" : ",\n").append("\"V").append(i).append("\": \"x\"");
        }
        return doc.append("}}").toString();
    }

    @Test
    void membersAtTheLimitAreAccepted() {
        assertThat(parse(envWith(1024)).config().orElseThrow().env()).hasSize(1024);
    }

    @Test
    void objectOverTheMemberLimitNamesTheLimitAtTheFirstMemberOver() {
        Diagnostic d = onlyDiagnostic(parse(envWith(1025)));

        assertThat(d.message()).isEqualTo("object has 1025 members, over the limit maxMembers=1024");
        assertThat(d.path().toString()).isEqualTo("env");
        assertThat(d.position()).hasToString("1025:1");
    }

    @Test
    void arrayOverTheMemberLimitNamesTheLimit() {
        String argv = "\"a\"" + ",\"a\"".repeat(1024);
        Diagnostic d = onlyDiagnostic(parse("{\"rc\": [{\"bin\": \"a\", \"argv\": [" + argv + "]}]}"));

        assertThat(d.message()).isEqualTo("array has 1025 members, over the limit maxMembers=1024");
        assertThat(d.path().toString()).isEqualTo("rc[0].argv");
        assertThat(d.position()).hasToString("1:" + (31 + 4 * 1024));
    }

    @Test
    void numberOverTheLengthLimitNamesTheLimit() {
        ParseResult result = parse("{\"netbsd\": {\"sysctl\": {\"kern.x\": " + "1".repeat(101) + "}}}");

        assertThat(result.config()).isEmpty();
        Diagnostic d = result.diagnostics().get(0); // then the value is also out of the 64-bit range

        assertThat(d.message()).isEqualTo("number is 101 characters, over the limit maxNumberLength=100");
        assertThat(d.position()).hasToString("1:34");
    }

    private static byte[] padded(int size) {
        byte[] doc = new byte[size];
        java.util.Arrays.fill(doc, (byte) ' ');
        doc[0] = '{';
        doc[size - 1] = '}';
        return doc;
    }

    @Test
    void documentAtTheLimitIsAccepted() {
        assertThat(PARSER.parse(padded(65536)).config()).isPresent();
    }

    @Test
    void documentOverTheLimitNamesTheLimitAndItsSize() {
        Diagnostic d = onlyDiagnostic(PARSER.parse(padded(65537)));

        assertThat(d.message()).isEqualTo("document is 65537 bytes, over the limit maxDocumentBytes=65536");
        assertThat(d.position()).isEqualTo(new Position(1, 65537, 65536));
    }

    @Test
    void streamIsReadNoFurtherThanOneByteOverTheLimit() throws IOException {
        EndlessDocument in = new EndlessDocument();

        Diagnostic d = onlyDiagnostic(PARSER.parse(in));

        assertThat(in.bytesRead()).isEqualTo(65537);
        assertThat(d.message()).isEqualTo("document is at least 65537 bytes, over the limit maxDocumentBytes=65536");
    }

    @Test
    void smallerConfiguredLimitsApply() {
        ConfigParser parser = ConfigParser.create(ParseOptions.DEFAULTS.withLimits(
                Limits.builder().maxDepth(2).maxStringBytes(3).build()));

        ParseResult result = parser.parse("{\"env\": {\"A\": \"abcd\"}}".getBytes(StandardCharsets.UTF_8));

        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("string is 4 bytes, over the limit maxStringBytes=3");
        assertThat(parser.parse("{\"rc\": [{}]}".getBytes(StandardCharsets.UTF_8)).diagnostics())
                .extracting(Diagnostic::message).containsExactly("nesting depth is 3, over the limit maxDepth=2");
    }
}
