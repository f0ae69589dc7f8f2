package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.parse.CommaRepair.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommaRepairTest {
    private static Optional<CommaRepair.Repaired> repair(String text) {
        return CommaRepair.repair(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(CommaRepair.Repaired repaired) {
        return new String(repaired.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void strictJsonNeedsNoRepair() {
        assertThat(repair("{\"a\": {\"b\": \"1\"}, \"c\": [1, 2]}")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{, \"a\": \"1\"}                | {  \"a\": \"1\"}                | AFTER_OPEN_BRACE   | 1",
        "{\"a\": \"1\", }                | {\"a\": \"1\"  }                | BEFORE_CLOSE_BRACE | 1",
        "{\"a\": \"1\"},                 | '{\"a\": \"1\"} '               | AFTER_ROOT         | 1",
        "{\"a\": \"1\",, \"b\": \"2\"}   | {\"a\": \"1\",  \"b\": \"2\"}   | DOUBLED            | 1",
        "{,, \"a\": \"1\"}               | {   \"a\": \"1\"}               | AFTER_OPEN_BRACE   | 2",
    })
    void eachRepairReplacesCommasBySpaces(String input, String expected, Kind kind, int count) {
        CommaRepair.Repaired repaired = repair(input).orElseThrow();

        assertThat(text(repaired)).isEqualTo(expected);
        assertThat(repaired.removed()).isEqualTo(Map.of(kind, count));
    }

    @Test
    void repairKeepsTheLengthSoPositionsStay() {
        String launcher = " {, \n\t\"env\": \"A=B\", \n\t\"blk\" :  {, \n\t\t\"path\":\t\"xvda\", \n\t}, \n}, \n";

        CommaRepair.Repaired repaired = repair(launcher).orElseThrow();

        assertThat(repaired.bytes()).hasSameSizeAs(launcher.getBytes(StandardCharsets.UTF_8));
        assertThat(text(repaired)).isEqualTo(" {  \n\t\"env\": \"A=B\", \n\t\"blk\" :  {  \n\t\t\"path\":\t\"xvda\"  \n\t}  \n}  \n");
        assertThat(repaired.removed()).containsEntry(Kind.AFTER_OPEN_BRACE, 2)
                .containsEntry(Kind.BEFORE_CLOSE_BRACE, 2)
                .containsEntry(Kind.AFTER_ROOT, 1);
    }

    @Test
    void commasInsideStringsAreLeftAlone() {
        assertThat(repair("{\"cmdline\": \"a,, b, }\"}")).isEmpty();
        assertThat(repair("{\"k\": \"quote \\\" ,, still string\"}")).isEmpty();
    }

    @Test
    void kvmDoubledEveryComma() {
        CommaRepair.Repaired repaired = repair("{,, \"a\": \"1\",, \"b\": \"2\",, },,").orElseThrow();

        assertThat(text(repaired)).isEqualTo("{   \"a\": \"1\",  \"b\": \"2\"   }  ");
        assertThat(repaired.removed()).containsEntry(Kind.AFTER_OPEN_BRACE, 2)
                .containsEntry(Kind.DOUBLED, 1)
                .containsEntry(Kind.BEFORE_CLOSE_BRACE, 2)
                .containsEntry(Kind.AFTER_ROOT, 2);
    }
}
