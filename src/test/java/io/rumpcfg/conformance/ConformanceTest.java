package io.rumpcfg.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every conformance vector: rumpcfg's verdict, diagnostics (severity, path, line, code),
 * plan and, where the vector gives one, the fake platform's state after a boot must equal the
 * vector's {@code expect}.
 *
 * <p>{@code -Dconformance.record=true} rewrites each vector's {@code expect} from what rumpcfg
 * does (keeping which parts a vector has): how a new vector gets its lines and plan. Review
 * the diff before committing it.
 */
class ConformanceTest {
    static List<Vector> vectors() {
        return Vector.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rumpcfgDoesWhatTheVectorExpects(Vector v) throws IOException {
        ObjectNode expect = v.expect();
        ObjectNode actual = Outcome.of(v, expect.has("state"));
        if (Boolean.getBoolean("conformance.record")) {
            record(v, actual);
            return;
        }
        assertThat(actual.get("valid")).as("valid").isEqualTo(expect.get("valid"));
        assertThat(actual.get("diagnostics")).as("diagnostics").isEqualTo(expect.get("diagnostics"));
        if (expect.has("plan")) {
            assertThat(actual.get("plan")).as("plan").isEqualTo(expect.get("plan"));
        }
        if (expect.has("state")) {
            // Only the parts of the state a vector lists are compared.
            expect.get("state").fields().forEachRemaining(e ->
                    assertThat(actual.get("state").get(e.getKey())).as("state." + e.getKey()).isEqualTo(e.getValue()));
        }
    }

    @Test
    void theSuiteHoldsAtLeastSixtyVectorsAndCoversEverySectionOfTheFormat() {
        List<Vector> all = vectors();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        Map<String, Integer> perRule = new TreeMap<>();
        all.forEach(v -> perRule.merge(v.json().path("rule").asText(), 1, Integer::sum));
        assertThat(perRule).containsKeys("The document", "Limits", "rc", "env", "hostname", "netbsd: sysctl", "net", "blk",
                "mount", "Processing order");
    }

    @Test
    void everyVectorSaysWhatItChecks() {
        for (Vector v : vectors()) {
            assertThat(v.json().path("description").asText()).as(v.name()).isNotBlank();
            JsonNode expect = v.expect();
            assertThat(expect.has("valid") && expect.has("diagnostics")).as(v.name() + " expects valid and diagnostics").isTrue();
            assertThat(expect.get("valid").asBoolean() || expect.get("diagnostics").size() > 0)
                    .as(v.name() + ": an invalid config names its errors").isTrue();
        }
    }

    private static void record(Vector v, ObjectNode actual) throws IOException {
        ObjectNode expect = v.expect();
        expect.set("valid", actual.get("valid"));
        expect.set("diagnostics", actual.get("diagnostics"));
        if (actual.has("plan")) {
            expect.set("plan", actual.get("plan"));
        } else {
            expect.remove("plan");
        }
        if (expect.has("state")) {
            expect.set("state", actual.get("state"));
        }
        Path source = Path.of("src/main/resources/io/rumpcfg/testing/conformance").resolve(v.file().getFileName());
        Files.writeString(source, Vector.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(v.json()) + "\n");
    }
}
