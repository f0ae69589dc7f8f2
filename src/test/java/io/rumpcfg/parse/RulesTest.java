package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the format, accepted and rejected, from the tables in parse/rules.txt (the
 * current format) and parse/older-rules.txt (the older one).
 */
class RulesTest {
    static List<RuleCases> cases() {
        List<RuleCases> all = new java.util.ArrayList<>(RuleCases.load("/parse/rules.txt"));
        all.addAll(RuleCases.load("/parse/older-rules.txt"));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void documentGivesExactlyTheExpectedDiagnostics(RuleCases c) {
        ParseResult result = ConfigParser.create(c.options()).parse(c.document().getBytes(StandardCharsets.UTF_8));

        List<String> actual = result.diagnostics().stream().map(RulesTest::line).collect(Collectors.toList());
        assertThat(actual).containsExactlyElementsOf(c.expected());
        boolean anyError = result.diagnostics().stream().anyMatch(Diagnostic::isError);
        assertThat(result.config().isPresent()).isEqualTo(!anyError);
    }

    static String line(Diagnostic d) {
        String path = d.path().isRoot() ? "-" : d.path().toString();
        return d.severity().label() + " " + path + " " + d.position() + " " + d.code() + " | " + d.message();
    }
}
