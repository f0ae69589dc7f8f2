package io.rumpcfg.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One conformance vector, a file of src/main/resources/io/rumpcfg/testing/conformance (docs/conformance.md
 * describes the format).
 */
record Vector(
        Path file,
        ObjectNode json,
        byte[] document,
        Optional<List<String>> bins,
        boolean strict,
        Map<String, String> devices,
        Map<String, Integer> exits,
        String schema) {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The schema agrees with rumpcfg on this vector's validity. */
    static final String SCHEMA_AGREES = "agrees";
    /** The schema accepts the document although rumpcfg rejects it: the rule is beyond JSON Schema. */
    static final String SCHEMA_CANNOT_EXPRESS = "cannot-express";
    /** The document is not JSON, so there is nothing for a schema to check. */
    static final String SCHEMA_NOT_JSON = "not-json";

    String name() {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - ".json".length());
    }

    ObjectNode expect() {
        return (ObjectNode) json.get("expect");
    }

    @Override
    public String toString() {
        return name();
    }

    static Path directory() {
        try {
            return Path.of(Vector.class.getResource("/io/rumpcfg/testing/conformance").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Vector> all() {
        try (Stream<Path> files = Files.list(directory())) {
            List<Vector> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(read(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vector read(Path file) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(file.toFile());
        byte[] document = json.has("configBase64")
                ? Base64.getDecoder().decode(json.get("configBase64").asText())
                : json.get("config").asText().getBytes(StandardCharsets.UTF_8);
        JsonNode options = json.path("options");
        Optional<List<String>> bins = Optional.empty();
        if (options.has("bins")) {
            List<String> names = new ArrayList<>();
            options.get("bins").forEach(n -> names.add(n.asText()));
            bins = Optional.of(names);
        }
        Map<String, String> devices = new LinkedHashMap<>();
        json.path("platform").path("devices").fields().forEachRemaining(e -> devices.put(e.getKey(), e.getValue().asText()));
        Map<String, Integer> exits = new LinkedHashMap<>();
        json.path("platform").path("exit").fields().forEachRemaining(e -> exits.put(e.getKey(), e.getValue().asInt()));
        return new Vector(file, json, document, bins, options.path("strict").asBoolean(false), devices, exits,
                json.path("schema").asText(SCHEMA_AGREES));
    }
}
