package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of reading the older format, from the table in parse/older-rules.txt. */
class OlderRulesTest {
    static List<RuleCases> cases() {
        return RuleCases.load("/parse/older-rules.txt");
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
}
