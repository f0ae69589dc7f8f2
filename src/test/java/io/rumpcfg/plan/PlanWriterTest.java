package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanWriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "mount:/data; \"mount:/data\"",
        "say \"hi\"; \"say \\\"hi\\\"\"",
        "a\\b; \"a\\\\b\"",
    })
    void dotQuotesIdsAndLabels(String text, String quoted) {
        assertThat(GraphPlanWriter.dotQuoted(text)).isEqualTo(quoted);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "mount:/data => mount:/data",
        "\"q\" => #quot;q#quot;",
        "<redacted> => #lt;redacted#gt;",
        "a|b #c => a#124;b #35;c",
    })
    void mermaidEscapesWhatItWouldReadAsSyntax(String text, String escaped) {
        assertThat(GraphPlanWriter.mermaidText(text)).isEqualTo(escaped);
    }

    @Test
    void textLinesFitInEightyColumnsUnlessOneWordIsLonger() {
        ConfigBuilder builder = config();
        for (int i = 0; i < 12; i++) {
            builder.nfs("/export/number/" + i, "files.example.net:/export/home/of/someone/" + i);
            builder.iface("vioif" + i, "dhcp");
        }
        builder.dns("192.0.2.53");
        Config config = builder.build();

        String text = PlanWriter.render(Plans.planOf(config), PlanFormat.TEXT, false);

        for (String line : text.split("\n")) {
            boolean oneLongWord = line.strip().indexOf(' ') < 0;
            assertThat(line.length() <= TextPlanWriter.WIDTH || oneLongWord).as(line).isTrue();
        }
        assertThat(text).contains("/export/number/0   after 1, 2, 3, 4, 5, 6, 7, 8, 9,\n" + " ".repeat(28) + "10, 11, 12, 13\n");
    }

    @Test
    void anEmptyPlanSaysThereIsNothingToDo() {
        Plan plan = Plans.planOf(config().noPrograms().build());

        assertThat(PlanWriter.render(plan, PlanFormat.TEXT, false)).isEqualTo("nothing to do\n");
        assertThat(PlanWriter.render(plan, PlanFormat.JSON, false)).isEqualTo("{\n  \"steps\": [ ]\n}\n");
    }

    @Test
    void secretsAreRedactedInEveryFormatUnlessRevealed() {
        Plan plan = Plans.planOf(config().env("MY_Credential", "hunter2").env("LANG", "en_US.UTF-8").noPrograms().build());

        for (PlanFormat format : PlanFormat.values()) {
            assertThat(PlanWriter.render(plan, format, false)).as(format.name())
                    .doesNotContain("hunter2").contains("redacted").contains("en_US.UTF-8");
            assertThat(PlanWriter.render(plan, format, true)).as(format.name())
                    .contains("hunter2").doesNotContain("redacted");
        }
    }
}
