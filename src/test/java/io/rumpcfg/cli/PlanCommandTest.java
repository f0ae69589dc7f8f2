package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanCommandTest {
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
}
