package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --format json}: JSON Lines on standard output, one diagnostic a line. */
class ValidateJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Each line of {@code out}, read as JSON; the output must end in a newline. */
    static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        if (out.isEmpty()) {
            return lines;
        }
        assertThat(out).endsWith("\n");
        for (String line : out.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void eachDiagnosticIsOneObjectOnOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"),
                "{\n  \"hostnmae\": \"web1\",\n  \"rc\": [ { \"bin\": \"app\", \"args\": [] } ]\n}\n");

        Cli.Run run = Cli.run("validate", "--format", "json", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).isEmpty();
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(2);
        JsonNode warning = lines.get(0);
        assertThat(fieldNames(warning)).containsExactly("file", "line", "column", "path", "code", "severity", "message");
        assertThat(warning.get("file").asText()).isEqualTo(file.toString());
        assertThat(warning.get("line").asInt()).isEqualTo(2);
        assertThat(warning.get("column").asInt()).isEqualTo(3);
        assertThat(warning.get("path").asText()).isEqualTo("hostnmae");
        assertThat(warning.get("code").asText()).isEqualTo("unknown-key");
        assertThat(warning.get("severity").asText()).isEqualTo("warning");
        assertThat(warning.get("message").asText()).startsWith("unknown key \"hostnmae\"").contains("did you mean \"hostname\"");
        JsonNode error = lines.get(1);
        assertThat(error.get("path").asText()).isEqualTo("rc[0].args");
        assertThat(error.get("severity").asText()).isEqualTo("error");
        assertThat(error.get("line").asInt()).isEqualTo(3);
    }

    @Test
    void theTextLinesSayTheSameAsTheObjects() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"),
                "{\"mount\": {\"/data\": {\"source\": \"blk\", \"path\": \"/dev/vnd3a\"}}, \"hostname\": 7}");

        Cli.Run text = Cli.run("validate", file.toString());
        Cli.Run json = Cli.run("validate", "--format", "json", file.toString());

        List<String> rendered = new ArrayList<>();
        for (JsonNode d : lines(json.out())) {
            rendered.add(d.get("file").asText() + ":" + d.get("line").asInt() + ":" + d.get("column").asInt() + ": "
                    + d.get("severity").asText() + ": " + d.get("path").asText() + ": " + d.get("message").asText());
        }
        assertThat(json.exitCode()).isEqualTo(text.exitCode());
        assertThat(rendered).containsExactlyElementsOf(List.of(text.err().split("\n")));
    }

    @Test
    void aValidFileWithoutProblemsPrintsNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.json"), "{\"hostname\": \"web1\"}");

        Cli.Run run = Cli.run("validate", "--format", "json", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyFileIsReportedInTurnAndTheWorstExitCodeWins() throws IOException {
        Path first = Files.writeString(dir.resolve("first.json"), "{\"hostname\": 7}");
        Path second = Files.writeString(dir.resolve("second.json"), "{\"hostname\": \"web1\"}");
        Path third = dir.resolve("missing.json");

        Cli.Run run = Cli.run("validate", "--format", "json", first.toString(), second.toString(), third.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(lines(run.out())).extracting(d -> d.get("file").asText())
                .containsExactly(first.toString(), third.toString());
    }

    @Test
    void aProblemWithNoPlaceOrElementHasNullsThere() throws IOException {
        Path missing = dir.resolve("missing.json");

        Cli.Run run = Cli.run("validate", "--format", "json", missing.toString());

        JsonNode d = lines(run.out()).get(0);
        assertThat(d.get("line").isNull()).isTrue();
        assertThat(d.get("column").isNull()).isTrue();
        assertThat(d.get("path").isNull()).isTrue();
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("message").asText()).contains("no such file");
    }

    @Test
    void strictReportsWarningsAsErrors() throws IOException {
        Path file = Files.writeString(dir.resolve("typo.json"), "{\"hostnmae\": \"web1\"}");

        Cli.Run run = Cli.run("validate", "--strict", "--format", "json", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(lines(run.out())).extracting(d -> d.get("severity").asText()).containsOnly("error");
    }

    @Test
    void theTargetsSizeCheckIsReportedToo() throws IOException {
        String head = "{\"env\": {\"A\": \"" + "x".repeat(4000) + "\", \"B\": \"" + "x".repeat(4000) + "\", \"C\": \"";
        Path over = Files.writeString(dir.resolve("over.json"), head + "x".repeat(8192 - head.length() - 3) + "\"}}");

        Cli.Run run = Cli.run("validate", "--target", "solo5", "--format", "json", over.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).isEmpty();
        assertThat(lines(run.out())).singleElement().satisfies(d -> {
            assertThat(d.get("file").asText()).isEqualTo(over.toString());
            assertThat(d.get("message").asText()).contains("Solo5 command line");
        });
    }

    @Test
    void noSecretValueIsPrinted() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"),
                "{\"env\": {\"DB_PASSWORD\": \"hunter2\\t\", \"API_TOKEN\": 12345678}}");

        Cli.Run run = Cli.run("validate", "--format", "json", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(lines(run.out())).hasSize(2);
        assertThat(run.out()).doesNotContain("hunter2").doesNotContain("12345678");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Run run = Cli.run("validate", "--format", "xml", "x.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--format");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
