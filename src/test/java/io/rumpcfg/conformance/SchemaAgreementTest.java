package io.rumpcfg.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Code;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/schema/rumprun-config.schema.json and rumpcfg agree on every conformance vector:
 * valid for one is valid for the other, except where the vector says the schema cannot
 * express its rule (then the schema must accept what rumpcfg rejects) or the document is
 * not JSON at all.
 */
class SchemaAgreementTest {
    /** Repeated keys are a rumpcfg rule; the schema sees what a JSON reader keeps, as an editor does. */
    private static final ObjectMapper LENIENT = new ObjectMapper().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try {
            JsonNode schema = LENIENT.readTree(Files.readString(Path.of("docs/schema/rumprun-config.schema.json")));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the schema", e);
        }
    }

    static java.util.List<Vector> vectors() {
        return Vector.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void schemaAndRumpcfgAgree(Vector v) {
        boolean rumpcfgValid = v.expect().get("valid").asBoolean();
        Optional<JsonNode> document = asJson(v);
        if (v.schema().equals(Vector.SCHEMA_NOT_JSON)) {
            assertThat(document).as("a not-json vector's document must not read as JSON").isEmpty();
            return;
        }
        assertThat(document).as("the document reads as JSON").isPresent();
        Set<ValidationMessage> problems = SCHEMA.validate(document.get());
        String found = problems.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "));
        if (v.schema().equals(Vector.SCHEMA_CANNOT_EXPRESS)) {
            assertThat(rumpcfgValid).as("only a rule that rejects can be beyond the schema").isFalse();
            assertThat(problems).as("the schema should accept it (else drop \"cannot-express\"): " + found).isEmpty();
        } else if (rumpcfgValid) {
            assertThat(problems).as("rumpcfg accepts it, the schema says: " + found).isEmpty();
        } else {
            assertThat(problems).as("rumpcfg rejects it; the schema should too").isNotEmpty();
        }
    }

    /** schema.md's table of what the schema cannot express names every vector marked so. */
    @Test
    void schemaMdListsEveryRuleBeyondTheSchema() throws IOException {
        String schemaMd = Files.readString(Path.of("docs/schema.md"));
        String table = schemaMd.substring(schemaMd.indexOf("## What the schema cannot express"));
        table = table.substring(0, table.indexOf("\n\n", table.indexOf("| rule |")));

        for (Vector v : Vector.all()) {
            if (v.schema().equals(Vector.SCHEMA_CANNOT_EXPRESS)) {
                assertThat(table).as("schema.md lists " + v.name()).contains("`" + v.name() + "`");
            }
        }
    }

    /**
     * Every error the planner makes compares several elements, which the schema cannot: each
     * error code config.md gives the planner has a vector marked so, and thus a row in schema.md.
     */
    @Test
    void everyPlannerErrorHasAVectorBeyondTheSchema() throws IOException {
        // The planner's errors, as Planner.plan's javadoc lists them; duplicate is the reader's too.
        Set<String> plannerErrors = Stream.of(Code.CYCLE, Code.VND_NOT_CONFIGURED, Code.DUPLICATE_ADDRESS,
                Code.DEVICE_MOUNTED_TWICE).map(Code::id).collect(Collectors.toSet());
        Set<String> beyond = Vector.all().stream()
                .filter(v -> v.schema().equals(Vector.SCHEMA_CANNOT_EXPRESS))
                .flatMap(v -> StreamSupport.stream(v.expect().get("diagnostics").spliterator(), false))
                .map(d -> d.get("code").asText())
                .collect(Collectors.toSet());

                assertThat(beyond).containsAll(plannerErrors);
    }

    @Test
    void theSchemaAcceptsEveryExampleOfTheDocs() throws IOException {
        try (var files = Files.list(Path.of("docs/examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                assertThat(SCHEMA.validate(LENIENT.readTree(f.toFile()))).as(f.toString()).isEmpty();
            }
        }
    }

    /** The schema's own word on "$schema" is what rumpcfg does with it: nothing, strict or not. */
    @Test
    void theSchemaDescribesTheSchemaKeyAsRumpcfgReadsIt() throws IOException {
        JsonNode schema = LENIENT.readTree(Files.readString(Path.of("docs/schema/rumprun-config.schema.json")));
        String description = schema.get("properties").get("$schema").get("description").asText();
        byte[] doc = "{\"$schema\": \"./rumprun-config.schema.json\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(description).contains("ignores it, with --strict too").doesNotContain("warn");
        assertThat(Rumpcfg.check(doc, ParseOptions.DEFAULTS.withStrict(true),
                PlanOptions.DEFAULTS).diagnostics()).isEmpty();
    }

    @Test
    void aSchemaKeyAtTheRootIsAccepted() throws IOException {
        JsonNode doc = LENIENT.readTree("{\"$schema\": \"./rumprun-config.schema.json\", \"hostname\": \"web1\"}");
        assertThat(SCHEMA.validate(doc)).isEmpty();
    }

    /** The document as a JSON reader that allows repeated keys reads it; empty when it is not JSON. */
    private static Optional<JsonNode> asJson(Vector v) {
        try (JsonParser p = LENIENT.getFactory().createParser(v.document())) {
            JsonNode node = LENIENT.readTree(p);
            if (node == null || p.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonParseException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
