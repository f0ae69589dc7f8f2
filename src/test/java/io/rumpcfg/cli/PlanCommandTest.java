package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void imageInImagePlansTheRootMountBeforeTheVndInsideIt() {
        Cli.Run run = Cli.run("plan", "docs/examples/image-in-image.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        String out = run.out();
        assertThat(out.indexOf("mount:/rootfs")).isLessThan(out.indexOf("blk:vnd0"));
        assertThat(out.indexOf("blk:vnd0")).isLessThan(out.indexOf("mount:/data"));
        assertThat(out.indexOf("mount:/data")).isLessThan(out.indexOf("rc:0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hw-webserver", "image-in-image", "nfs-and-pipeline", "xen-netback"})
    void everyExamplePlansInEveryFormat(String example) {
        for (String format : new String[] {"text", "json", "dot", "mermaid", "JSON"}) {
            Cli.Run run = Cli.run("plan", "--format", format, "docs/examples/" + example + ".json");

            assertThat(run.exitCode()).as(format).isZero();
            assertThat(run.out()).as(format).isNotBlank();
        }
    }

    @Test
    void jsonFormatHasTheStepsArray() {
        Cli.Run run = Cli.run("plan", "--format", "json", "docs/examples/xen-netback.json");

        assertThat(run.out()).startsWith("{").contains("\"steps\"").contains("\"id\": \"blk:xbd0\"");
    }

    @Test
    void secretsAreRedactedUnlessRevealed() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"env\": {\"DB_PASSWORD\": \"hunter2\", \"TZ\": \"UTC\"}}");

        Cli.Run hidden = Cli.run("plan", file.toString());
        Cli.Run shown = Cli.run("plan", "--reveal", file.toString());

        assertThat(hidden.out()).contains("<redacted>").doesNotContain("hunter2").contains("UTC");
        assertThat(shown.out()).contains("hunter2").doesNotContain("<redacted>");
    }

    @Test
    void invalidConfigGetsTheDiagnosticsAndExitCodeOfValidate() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"mount\": {\"/data\": {\"source\": \"blk\", \"path\": \"/dev/vnd3a\"}}}");

        Cli.Run plan = Cli.run("plan", file.toString());
        Cli.Run validate = Cli.run("validate", file.toString());

        assertThat(plan.exitCode()).isEqualTo(1).isEqualTo(validate.exitCode());
        assertThat(plan.err()).isEqualTo(validate.err()).contains("vnd3");
        assertThat(plan.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli.Run run = Cli.run("plan", "--format", "svg", "docs/examples/xen-netback.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void moreThanOneFileIsAUsageErrorNotASilentlyIgnoredOne() {
        Cli.Run run = Cli.run("plan", "docs/examples/xen-netback.json", "docs/examples/hw-webserver.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give one FILE");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void starIsShownAsTheFirstBakedBinaryWhenTheBinsAreKnown() throws IOException {
        Path file = Files.writeString(dir.resolve("star.json"), "{\"rc\": [{\"bin\": \"*\"}]}");

        assertThat(Cli.run("plan", "--bins", "first,second", file.toString()).out()).isEqualTo("1  rc:0  run first\n");
    }

    @Test
    void jsonOfAnInvalidConfigurationHasItsDiagnosticsAsJsonAndNoSteps() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"),
                "{\"hostnmae\": \"web1\", \"mount\": {\"/data\": {\"source\": \"blk\", \"path\": \"/dev/vnd3a\"}}}");

        Cli.Run run = Cli.run("plan", "--format", "json", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).isEmpty();
        JsonNode plan = JSON.readTree(run.out());
        assertThat(plan.get("file").asText()).isEqualTo(file.toString());
        assertThat(plan.get("valid").asBoolean()).isFalse();
        assertThat(plan.get("steps").isNull()).isTrue();
        assertThat(plan.get("diagnostics")).extracting(d -> d.get("code").asText())
                .containsExactly("unknown-key", "vnd-not-configured");
        assertThat(plan.get("diagnostics").get(1).get("path").asText()).isEqualTo("mount[\"/data\"]");
        assertThat(plan.get("diagnostics").get(1).get("line").asInt()).isEqualTo(1);
    }

    @Test
    void jsonOfAValidConfigurationHasItsWarningsAndItsSteps() throws IOException {
        Path file = Files.writeString(dir.resolve("typo.json"), "{\"hostnmae\": \"x\", \"hostname\": \"web1\"}");

        Cli.Run run = Cli.run("plan", "--format", "json", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode plan = JSON.readTree(run.out());
        assertThat(plan.get("valid").asBoolean()).isTrue();
        assertThat(plan.get("diagnostics")).singleElement()
                .satisfies(d -> assertThat(d.get("severity").asText()).isEqualTo("warning"));
        assertThat(plan.get("steps")).extracting(step -> step.get("id").asText()).containsExactly("hostname");
    }

    @Test
    void jsonOfAnUnreadableFileSaysWhyAsJson() throws IOException {
        Cli.Run run = Cli.run("plan", "--format", "json", dir.resolve("missing.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).isEmpty();
        JsonNode plan = JSON.readTree(run.out());
        assertThat(plan.get("valid").asBoolean()).isFalse();
        assertThat(plan.get("diagnostics").get(0).get("message").asText()).contains("no such file");
    }

    @Test
    void jsonNeverPrintsASecretValue() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"env\": {\"DB_PASSWORD\": \"hunter2\\t\"}}");
        Path good = Files.writeString(dir.resolve("good.json"), "{\"env\": {\"DB_PASSWORD\": \"hunter2\"}}");

        assertThat(Cli.run("plan", "--format", "json", bad.toString()).out()).contains("control-character")
                .doesNotContain("hunter2");
        assertThat(Cli.run("plan", "--format", "json", good.toString()).out()).contains("<redacted>")
                .doesNotContain("hunter2");
    }

    @Test
    void sarifPrintsTheDiagnosticsAndNoPlan() throws IOException {
        Path file = Files.writeString(dir.resolve("typo.json"), "{\"hostnmae\": \"x\", \"hostname\": \"web1\"}");

        Cli.Run plan = Cli.run("plan", "--format", "sarif", file.toString());
        Cli.Run validate = Cli.run("validate", "--format", "sarif", file.toString());

        assertThat(plan.exitCode()).isZero();
        assertThat(plan.out()).isEqualTo(validate.out()).contains("\"ruleId\": \"unknown-key\"").doesNotContain("steps");
    }

    @Test
    void whyPrintsTheReasonForEachWait() {
        Cli.Run run = Cli.run("plan", "--why", "docs/examples/image-in-image.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\n                  after 2: /dev/vnd0a is a partition of blk.vnd0\n")
                .doesNotContainPattern("\\S   after");
    }

    @Test
    void theTextPlanWrapsAtColumnsElseAtEighty() {
        String file = "docs/examples/nfs-and-pipeline.json";
        String wide = Cli.runWithColumns("200", "plan", file).out();

        assertThat(wide).contains("4  mount:/home           mount nfs -o nfsv3,tcp files.example.net:/export/home on /home"
                + "   after 2, 3\n");
        for (String columns : new String[] {null, "", "wide", "0", "-5"}) {
            String out = Cli.runWithColumns(columns, "plan", file).out();
            assertThat(out).as("COLUMNS=%s", columns).contains("files.example.net:/export/home\n").isNotEqualTo(wide);
            assertThat(out.lines()).as("COLUMNS=%s", columns).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        }
    }
}
