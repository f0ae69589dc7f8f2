package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    private static final String LEGACY = "src/test/resources/parse/examples/legacy-launcher.json";

    @TempDir
    Path dir;

    private static String resource(String name) throws IOException {
        try (InputStream in = ConvertCommandTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void legacyLauncherDocumentIsPrintedInTheCurrentFormatWithItsWarningsOnStderr() throws IOException {
        Cli.Run run = Cli.run("convert", "--bins", "httpd", LEGACY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(resource("/convert/legacy-launcher.httpd.json"));
        assertThat(run.err().lines()).containsExactly(
                LEGACY + ":1:3: warning: not strict JSON: read again without a comma right after '{' (3), a comma after the"
                        + " last member (3) and a comma after the root object (1), as the older rumprun launcher wrote them",
                LEGACY + ":3:3: warning: this document is in the older rumprun format (blk.source is of it), which is"
                        + " deprecated; \"rumpcfg convert\" rewrites it in the current format");
    }

    @Test
    void withoutBinsTheCmdlineGoesToTheFirstBakedBinaryWithAWarning() {
        Cli.Run run = Cli.run("convert", LEGACY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"bin\": \"*\"");
        assertThat(run.err()).contains("warning: cmdline: the argv of every baked binary").contains("pass --bins");
    }

    @Test
    void sourceSpecIsReadLikeFile() {
        Cli.Run run = Cli.run("convert", "--bins", "httpd", "--source", "file:" + LEGACY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Cli.run("convert", "--bins", "httpd", LEGACY).out());
    }

    @Test
    void convertedLegacyDocumentIsValidCurrentFormatWithoutWarnings() throws IOException {
        Path converted = dir.resolve("converted.json");
        Files.writeString(converted, Cli.run("convert", "--bins", "httpd", LEGACY).out());

        Cli.Run run = Cli.run("validate", "--bins", "httpd", converted.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void invalidDocumentPrintsNothingAndExitsLikeValidate() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"cmdline\": \"app\", \"mount\": {}}");

        Cli.Run run = Cli.run("convert", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":1:20: error: mount: mixes the two formats");
    }

    @Test
    void currentFormatDocumentIsPrintedNormalised() throws IOException {
        Path doc = dir.resolve("doc.json");
        Files.writeString(doc, "{\"mount\": {\"/kern\": {\"source\": \"kernfs\"}}, \"hostname\": \"h\", \"rc\": [{\"bin\": \"a\", \"runmode\": \"\"}]}");

        Cli.Run run = Cli.run("convert", doc.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("{\n  \"rc\": [\n    {\n      \"bin\": \"a\"\n    }\n  ],\n  \"hostname\": \"h\",\n"
                + "  \"mount\": {\n    \"/kern\": {\n      \"source\": \"kernfs\"\n    }\n  }\n}\n");
    }

    @TestFactory
    Stream<DynamicTest> everyDocsExampleConvertsStably() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("docs/examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        assertThat(examples).isNotEmpty();
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            Cli.Run first = Cli.run("convert", example.toString());
            assertThat(first.exitCode()).as(first.err()).isZero();
            Path once = dir.resolve("once-" + example.getFileName());
            Files.writeString(once, first.out());

            Cli.Run second = Cli.run("convert", once.toString());

            assertThat(second.exitCode()).isZero();
            assertThat(second.out()).isEqualTo(first.out());
            assertThat(Cli.run("plan", "--format", "json", once.toString()).out().replaceAll("\"line\" : \\d+", ""))
                    .isEqualTo(Cli.run("plan", "--format", "json", example.toString()).out().replaceAll("\"line\" : \\d+", ""));
        }));
    }
}
