package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rumpcfg.model.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Twelve NFS mounts, each waiting for twelve interfaces and DNS: long commands, long after lists. */
    private static Plan manyNfsMounts() {
        ConfigBuilder builder = config();
        for (int i = 0; i < 12; i++) {
            builder.nfs("/export/number/" + i, "files.example.net:/export/home/of/someone/" + i);
            builder.iface("vioif" + i, "dhcp");
        }
        builder.dns("192.0.2.53");
        return Plans.planOf(builder.build());
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 200})
    void textLinesFitTheWidthUnlessOneWordIsLonger(int width) {
        TextLayout layout = TextLayout.DEFAULT.withWidth(width);
        for (boolean why : new boolean[] {false, true}) {
            String text = PlanWriter.render(manyNfsMounts(), PlanFormat.TEXT, false, layout.withWhy(why));

            for (String line : text.split("\n")) {
                boolean oneLongWord = line.strip().indexOf(' ') < 0;
                assertThat(line.length() <= width || oneLongWord).as("%s (why %s)", line, why).isTrue();
                assertThat(line).as("an after list keeps its first number").doesNotEndWith("after");
            }
        }
    }

    @Test
    void aLayoutHasAPositiveWidth() {
        assertThatThrownBy(() -> TextLayout.DEFAULT.withWidth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TextLayout.DEFAULT.withWidth(1).width()).isEqualTo(1);
    }

    @Test
    void anAfterListThatFitsALineIsNotSplitButMovesToTheNextLine() {
        String text = PlanWriter.render(manyNfsMounts(), PlanFormat.TEXT, false, TextLayout.DEFAULT);

        assertThat(text).contains("14  mount:/export/number/0  mount nfs -o nfsv3,tcp\n"
                + " ".repeat(28) + "files.example.net:/export/home/of/someone/0 on\n"
                + " ".repeat(28) + "/export/number/0\n"
                + " ".repeat(28) + "after 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13\n");
    }

    @Test
    void anAfterListLongerThanALineWrapsBetweenNumbersUnderItsFirst() {
        String text = PlanWriter.render(manyNfsMounts(), PlanFormat.TEXT, false, TextLayout.DEFAULT.withWidth(60));

        assertThat(text).contains("\n" + " ".repeat(28) + "after 1, 2, 3, 4, 5, 6, 7, 8, 9,\n"
                + " ".repeat(34) + "10, 11, 12, 13\n");
    }

    @Test
    void aWideTerminalKeepsEachStepOnOneLine() {
        String text = PlanWriter.render(manyNfsMounts(), PlanFormat.TEXT, false, TextLayout.DEFAULT.withWidth(200));

        assertThat(text).contains("\n14  mount:/export/number/0  mount nfs -o nfsv3,tcp "
                + "files.example.net:/export/home/of/someone/0 on /export/number/0   "
                + "after 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13\n15  ");
    }

    @Test
    void whyGivesEachReasonOnItsOwnLineWithTheStepsItCovers() {
        String text = PlanWriter.render(manyNfsMounts(), PlanFormat.TEXT, false, TextLayout.DEFAULT.withWhy(true));

        assertThat(text).contains("/export/number/0\n"
                + " ".repeat(28) + "after 1: NFS needs the network: net.if:vioif0\n"
                + " ".repeat(28) + "after 2: NFS needs the network: net.if:vioif1\n")
                .doesNotContainPattern("\\S   after");
    }

    @Test
    void whyListsTheStepsThatShareAReasonOnce() {
        Plan plan = Plans.planOf(config().sysctl("kern.maxfiles", 4096).env("TZ", "UTC").rc("app", "app").build());

        assertThat(PlanWriter.render(plan, PlanFormat.TEXT, false, TextLayout.DEFAULT.withWhy(true))).isEqualTo(""
                + "1  sysctl:kern.maxfiles  sysctl -w kern.maxfiles=4096\n"
                + "2  env:TZ                export TZ=UTC\n"
                + "3  rc:0                  run app\n"
                + "                         after 1, 2: programs start after configuration\n");
    }

    @Test
    void theGraphsDrawProgramsAfterConfigurationOnceFromABoxAroundTheConfiguration() {
        ConfigBuilder builder = config();
        for (int i = 0; i < 50; i++) {
            builder.env("VAR" + i, "v");
        }
        Plan plan = Plans.planOf(builder.hostname("web1").rc("app", "app").rc("tool", "tool").build());
        String once = "programs start after configuration";

        String dot = PlanWriter.render(plan, PlanFormat.DOT, false);
        String mermaid = PlanWriter.render(plan, PlanFormat.MERMAID, false);
        String json = PlanWriter.render(plan, PlanFormat.JSON, false);

        assertThat(dot.split(once, -1)).as(dot).hasSize(2);
        assertThat(dot).contains("compound=true;")
                .contains("  subgraph cluster_configuration {\n    label=\"configuration\";\n")
                .contains("    \"env:VAR49\" [label=").contains("    \"hostname\" [label=")
                .contains("\n  \"rc:0\" [label=").contains("\n  \"rc:1\" [label=")
                .contains("  \"hostname\" -> \"rc:0\" [ltail=cluster_configuration, label=\"" + once + "\"];\n");
        assertThat(mermaid.split(once, -1)).as(mermaid).hasSize(2);
        assertThat(mermaid).contains("  subgraph configuration\n    s1[")
                .contains("    s51[\"51. hostname").contains("  end\n  s52[\"52. rc:0")
                .contains("  configuration -->|\"" + once + "\"| s52\n");
        assertThat(json.split(once, -1)).as("json keeps a reason for each wait").hasSize(52);
    }

    @Test
    void aPlanWithoutProgramsHasNoBox() {
        Plan plan = Plans.planOf(config().env("TZ", "UTC").noPrograms().build());

        assertThat(PlanWriter.render(plan, PlanFormat.DOT, false)).doesNotContain("subgraph").doesNotContain("compound");
        assertThat(PlanWriter.render(plan, PlanFormat.MERMAID, false)).doesNotContain("subgraph");
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
