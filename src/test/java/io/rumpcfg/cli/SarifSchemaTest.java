package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --format sarif} prints a log that the official SARIF 2.1.0 schema accepts
 * (src/test/resources/sarif/, SOURCE.md there says where it is from), with what GitHub code
 * scanning reads from it: a rule for each code, each result's rule, level, message and the
 * file, line and column it points at.
 */
class SarifSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();
    /** Under the working directory, so that its files get relative URIs, as in a repository. */
    private static final Path DIR = Path.of("target", "sarif-schema-test");

    private static JsonSchema load() {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the SARIF schema", e);
        }
    }

    @BeforeAll
    static void files() throws IOException {
        Files.createDirectories(DIR.resolve("with space"));
        Files.writeString(DIR.resolve("bad.json"),
                "{\n  \"hostnmae\": \"web1\",\n"
                        + "  \"mount\": { \"/data\": { \"source\": \"blk\", \"path\": \"/dev/vnd3a\" } }\n}\n");
        Files.writeString(DIR.resolve("with space/é.json"), "{\"hostname\": 7}");
        Files.writeString(DIR.resolve("ok.json"), "{\"hostname\": \"web1\"}");
        Files.writeString(DIR.resolve("older.json"), "{\"cmdline\": \"app -v\", \"env\": \"A=B\"}");
        Files.writeString(DIR.resolve("syntax.json"), "{\"hostname\": \"web1\",}");
        Files.writeString(DIR.resolve("secret.json"), "{\"env\": {\"DB_PASSWORD\": \"hunter2\\t\"}}");
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static Stream<Arguments> runs() {
        String d = DIR.toString();
        return Stream.of(
                Arguments.of((Object) new String[] {"validate", "--format", "sarif", d + "/bad.json"}),
                Arguments.of((Object) new String[] {"validate", "--format", "sarif", d + "/ok.json"}),
                Arguments.of((Object) new String[] {"validate", "--format", "sarif", d + "/bad.json", d + "/ok.json",
                    d + "/with space/é.json", d + "/older.json", d + "/syntax.json", d + "/missing.json"}),
                Arguments.of((Object) new String[] {"validate", "--format", "sarif", "--strict", d + "/older.json"}),
                Arguments.of((Object) new String[] {"validate", "--format", "sarif", "--source", "cmdline:{\"hostname\": 7}"}),
                Arguments.of((Object) new String[] {"validate", "--format", "sarif",
                    Path.of(d, "bad.json").toAbsolutePath().toString(), "/nonexistent/dir/x.json"}),
                Arguments.of((Object) new String[] {"plan", "--format", "sarif", d + "/bad.json"}),
                Arguments.of((Object) new String[] {"plan", "--format", "sarif", d + "/ok.json"}));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void theLogIsValidSarif(String[] args) throws IOException {
        Cli.Run run = Cli.run(args);

        JsonNode log = JSON.readTree(run.out());
        Set<ValidationMessage> problems = SCHEMA.validate(log);
        assertThat(problems).as(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
    }

    @Test
    void eachResultHasItsRuleLevelMessageAndPlace() throws IOException {
        Cli.Run run = Cli.run("validate", "--format", "sarif", DIR + "/bad.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        JsonNode sarifRun = JSON.readTree(run.out()).get("runs").get(0);
        JsonNode driver = sarifRun.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("rumpcfg");
        List<String> ruleIds = new ArrayList<>();
        driver.get("rules").forEach(rule -> {
            ruleIds.add(rule.get("id").asText());
            Code code = Code.ofId(rule.get("id").asText()).orElseThrow();
            assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo(code.meaning());
            assertThat(rule.get("fullDescription").get("text").asText()).startsWith(code.meaning());
            assertThat(rule.get("defaultConfiguration").get("level").asText()).isEqualTo(code.severity().label());
            assertThat(rule.get("help").get("text").asText()).isNotBlank();
        });
        assertThat(ruleIds).containsExactly("unknown-key", "vnd-not-configured").doesNotHaveDuplicates();

        JsonNode results = sarifRun.get("results");
        assertThat(results).hasSize(2);
        JsonNode typo = results.get(0);
        assertThat(typo.get("ruleId").asText()).isEqualTo("unknown-key");
        assertThat(typo.get("ruleIndex").asInt()).isZero();
        assertThat(typo.get("level").asText()).isEqualTo("warning");
        assertThat(typo.get("message").get("text").asText()).startsWith("hostnmae: unknown key \"hostnmae\"");
        JsonNode place = typo.get("locations").get(0).get("physicalLocation");
        assertThat(place.get("artifactLocation").get("uri").asText()).isEqualTo("target/sarif-schema-test/bad.json");
        assertThat(place.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(place.get("region").get("startLine").asInt()).isEqualTo(2);
        assertThat(place.get("region").get("startColumn").asInt()).isEqualTo(3);
        assertThat(typo.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText())
                .isEqualTo("hostnmae");
        JsonNode vnd = results.get(1);
        assertThat(vnd.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(vnd.get("level").asText()).isEqualTo("error");
        assertThat(sarifRun.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
    }

    @Test
    void theSchemaRejectsALogThatIsNotSarif() throws IOException {
        JsonNode log = JSON.readTree(Cli.run("validate", "--format", "sarif", DIR + "/bad.json").out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.get("runs").get(0).get("results").get(0))
                .put("level", "fatal");

        assertThat(SCHEMA.validate(log)).isNotEmpty();
    }

    @Test
    void aCleanRunHasNoResultsAndNoRules() throws IOException {
        Cli.Run run = Cli.run("validate", "--format", "sarif", DIR + "/ok.json");

        JsonNode sarifRun = JSON.readTree(run.out()).get("runs").get(0);
        assertThat(run.exitCode()).isZero();
        assertThat(sarifRun.get("results")).isEmpty();
        assertThat(sarifRun.get("tool").get("driver").get("rules")).isEmpty();
    }

    @Test
    void aFileNameIsPercentEncodedAndAFileOutsideTheWorkingDirectoryIsAFileUri() throws IOException {
        Path outside = Files.createTempFile("rumpcfg-sarif", ".json");
        try {
            Files.writeString(outside, "{\"hostname\": 7}");

            Cli.Run run = Cli.run("validate", "--format", "sarif", DIR + "/with space/é.json", outside.toString());

            JsonNode results = JSON.readTree(run.out()).get("runs").get(0).get("results");
            assertThat(uri(results.get(0))).isEqualTo("target/sarif-schema-test/with%20space/%C3%A9.json");
            assertThat(uri(results.get(1))).isEqualTo(outside.toUri().toASCIIString()).startsWith("file:/");
            assertThat(results.get(1).get("locations").get(0).get("physicalLocation").has("uriBaseId")).isFalse();
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aConfigurationThatIsNoFileHasNoPhysicalLocationButIsNamed() throws IOException {
        Cli.Run run = Cli.runWithStdin("{\"hostname\": 7}", "validate", "--format", "sarif", "-");

        JsonNode location = JSON.readTree(run.out()).get("runs").get(0).get("results").get(0).get("locations").get(0);
        assertThat(location.has("physicalLocation")).isFalse();
        assertThat(location.get("message").get("text").asText()).isEqualTo("<stdin>");
    }

    @Test
    void aProblemWithNoPlaceHasNoRegion() throws IOException {
        Cli.Run run = Cli.run("validate", "--format", "sarif", DIR + "/missing.json");

        JsonNode place = JSON.readTree(run.out()).get("runs").get(0).get("results").get(0)
                .get("locations").get(0).get("physicalLocation");
        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(place.get("artifactLocation").get("uri").asText()).isEqualTo("target/sarif-schema-test/missing.json");
        assertThat(place.has("region")).isFalse();
    }

    @Test
    void noSecretValueIsPrinted() {
        Cli.Run run = Cli.run("validate", "--format", "sarif", DIR + "/secret.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.out()).contains("control-character").doesNotContain("hunter2");
    }

    private static String uri(JsonNode result) {
        return result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
    }
}
