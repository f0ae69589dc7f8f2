package io.rumpcfg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanFormat;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.plan.PlanWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text a hostile or careless document carries: lone surrogates, secrets in diagnostics,
 * encodings that are not UTF-8, a byte-order mark, and more diagnostics than the limit.
 */
class HostileTextTest {
    private static Checked check(String json) {
        return check(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Checked check(byte[] document) {
        return Rumpcfg.check(document, ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);
    }

    private static String rendered(Checked checked) {
        return checked.diagnostics().stream().map(d -> d.render("c.json")).collect(Collectors.joining("\n"));
    }

    // --- M2: lone surrogates

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"env\": {\"A\": \"x\\ud800\"}}",
            "{\"env\": {\"\\udc00\": \"first\"}}",
            "{\"rc\": [{\"bin\": \"a\", \"argv\": [\"a\", \"\\udc00\\ud800\"]}]}",
            "{\"mount\": {\"/\\udbff\": {\"source\": \"tmpfs\"}}}",
            "{\"env\": {\"A\": \"\\ud800x\"}}"})
    void aLoneSurrogateIsRefusedAtItsElement(String json) {
        Checked checked = check(json);

        assertThat(checked.isValid()).isFalse();
        assertThat(checked.diagnostics()).extracting(Diagnostic::code).contains(Code.LONE_SURROGATE);
    }

    @Test
    void aSurrogatePairIsOneCharacterAndAccepted() {
        assertThat(check("{\"env\": {\"A\": \"\\ud83d\\ude00\"}}").isValid()).isTrue();
    }

    @Test
    void twoMountpointsOfLoneSurrogatesCannotCollapseIntoOne() {
        Checked checked = check("{\"mount\": {\"/\\ud800\": {\"source\": \"tmpfs\"}, \"/\\udbff\": {\"source\": \"tmpfs\"}}}");

        assertThat(checked.diagnostics()).filteredOn(d -> d.code().equals(Code.LONE_SURROGATE)).hasSize(2);
    }

    // --- M3: no secret value in a diagnostic

    @Test
    void theControlCharacterErrorDoesNotQuoteTheValue() {
        Checked checked = check("{\"env\": {\"DB_PASSWORD\": \"pw-SECRET-ctrl\\u0001x\"}}");

        assertThat(checked.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.CONTROL_CHARACTER);
        assertThat(rendered(checked)).doesNotContain("pw-SECRET");
    }

    @Test
    void theWrongTypeErrorDoesNotShowASecretNumber() {
        Checked checked = check("{\"env\": {\"DB_PASSWORD\": 123456789}}");

        assertThat(checked.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.WRONG_TYPE);
        assertThat(rendered(checked)).doesNotContain("123456789").contains("number");
    }

    @Test
    void olderFormatWarningsAndErrorsDoNotQuoteAnEnvValue() {
        Checked escaped = check("{\"cmdline\": \"app\", \"env\": \"DB_PASSWORD=pw-SECRET-\\u0041esc\"}");
        Checked control = check("{\"cmdline\": \"app\", \"env\": \"DB_PASSWORD=pw-SECRET-\t\"}");
        Checked word = check("{\"cmdline\": \"app\", \"env\": pw-SECRET}");

        assertThat(escaped.diagnostics()).extracting(Diagnostic::code).contains(Code.OLDER_ESCAPE);
        assertThat(control.diagnostics()).extracting(Diagnostic::code).contains(Code.OLDER_RAW);
        assertThat(word.isValid()).isFalse();
        assertThat(rendered(escaped) + rendered(control) + rendered(word)).doesNotContain("pw-SECRET");
    }

    @Test
    void secretNamesAreWiderThanPasswordsAndTokens() {
        assertThat(List.of("MYSQL_PWD", "HTTP_AUTH", "JWT", "SESSION_COOKIE", "AWS_CREDS", "db_password"))
                .allMatch(EnvVar::looksSecret);
        assertThat(List.of("PWD", "OLDPWD", "HOME", "TZ")).noneMatch(EnvVar::looksSecret);
    }

    @Test
    void aPasswordInsideAUrlValueIsASecretWhateverTheName() {
        assertThat(EnvVar.looksSecret("DATABASE_URL", "postgres://user:pw@db:5432/app")).isTrue();
        assertThat(EnvVar.looksSecret("DATABASE_URL", "postgres://user@db:5432/app")).isFalse();
        assertThat(EnvVar.looksSecret("HOMEPAGE", "http://example.org/a:b@c")).isFalse();

        Checked checked = check("{\"env\": {\"DATABASE_URL\": \"postgres://user:pw-SECRET@db/app\"}}");
        String plan = PlanWriter.render(checked.plan().orElseThrow(), PlanFormat.TEXT, false);
        assertThat(plan).contains("DATABASE_URL").doesNotContain("pw-SECRET");
    }

    // --- L5: the planner's diagnostics count against maxDiagnostics too

    @Test
    void plannerDiagnosticsStopAtTheLimitWithOneSummary() {
        StringBuilder json = new StringBuilder("{\"net\": {\"interfaces\": {");
        for (int i = 0; i < 500; i++) {
            json.append(i == 0 ? "" : ", ").append("\"vioif").append(i)
                    .append("\": {\"addrs\": [{\"type\": \"inet\", \"method\": \"static\", \"addr\": \"10.0.0.2/24\"}]}");
        }
        Checked checked = check(json.append("}}}").toString());

        int max = ParseOptions.DEFAULTS.limits().maxDiagnostics();
        assertThat(checked.diagnostics()).hasSize(max + 1);
        Diagnostic last = checked.diagnostics().get(max);
        assertThat(last.code()).isEqualTo(Code.TOO_MANY_DIAGNOSTICS);
        assertThat(last.isError()).isTrue();
        assertThat(last.message()).startsWith((499 - max) + " more diagnostics not shown");
    }

    // --- L6 and L10: encodings and the byte-order mark

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void aWideEncodingWithoutAByteOrderMarkIsSaidToBeNotUtf8(String charset) {
        Checked checked = check("{\"hostname\": \"web1\"}".getBytes(java.nio.charset.Charset.forName(charset)));

        assertThat(checked.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.INVALID_UTF8);
            assertThat(d.message()).contains("not UTF-8");
        });
    }

    @Test
    void aByteOrderMarkShiftsNoColumn() {
        String json = "{\"hostname\": \"a\", \"hostname\": \"b\"}";
        byte[] plain = json.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);

        assertThat(rendered(check(marked))).isEqualTo(rendered(check(plain)));
    }
}
