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
    private static final String OLDER = "src/test/resources/parse/examples/older-launcher.json";

    @TempDir
    Path dir;

    private static String resource(String name) throws IOException {
        try (InputStream in = ConvertCommandTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void olderLauncherDocumentIsPrintedInTheCurrentFormatWithItsWarningsOnStderr() throws IOException {
        Cli.Run run = Cli.run("convert", "--bins", "httpd", OLDER);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(resource("/convert/older-launcher.httpd.json"));
        assertThat(run.err().lines()).containsExactly(
                OLDER + ":1:3: warning: not strict JSON, for the commas the older rumprun launcher wrote: a comma right after '{' (3), a comma after the"
                        + " last member (3) and a comma after the root object (1); the guest's parser reads past them, and so does rumpcfg",
                OLDER + ":2:2: warning: this document is in the older rumprun format (blk is of it), which is"
                        + " deprecated; \"rumpcfg convert\" rewrites it in the current format");
    }

    @Test
    void withoutBinsTheCmdlineGoesToTheFirstBakedBinaryWithAWarning() {
        Cli.Run run = Cli.run("convert", OLDER);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"bin\": \"*\"");
        assertThat(run.err()).contains("warning: cmdline: the argv of every baked binary").contains("pass --bins");
    }

    @Test
    void sourceSpecIsReadLikeFile() {
        Cli.Run run = Cli.run("convert", "--bins", "httpd", "--source", "file:" + OLDER);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Cli.run("convert", "--bins", "httpd", OLDER).out());
    }

    @Test
    void convertedOlderDocumentIsValidCurrentFormatWithoutWarnings() throws IOException {
        Path converted = dir.resolve("converted.json");
        Files.writeString(converted, Cli.run("convert", "--bins", "httpd", OLDER).out());

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
            // The same plan, but for where each step was written and which file it was.
            String placed = "\"line\": \\d+|\"file\": \"[^\"]*\"";
            assertThat(Cli.run("plan", "--format", "json", once.toString()).out().replaceAll(placed, ""))
                    .isEqualTo(Cli.run("plan", "--format", "json", example.toString()).out().replaceAll(placed, ""));
        }));
    }

    @Test
    void toOlderPrintsTheOlderDocumentForTheDialect() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "{\"rc\": [{\"bin\": \"nginx\", \"argv\": [\"nginx\", \"-g\","
                + " \"daemon off;\"], \"workdir\": \"/data\"}], \"blk\": {\"ld0a\": {\"type\": \"etfs\", \"path\": \"solo5:ld0a\"}},"
                + " \"mount\": {\"/data\": {\"source\": \"blk\", \"path\": \"/dev/ld0a\"}}}");

        Cli.Run solo5 = Cli.run("convert", "--to", "older", "--dialect", "solo5", "--bins", "nginx", file.toString());
        Cli.Run master = Cli.run("convert", "--to", "older", "--bins", "nginx", file.toString());

        assertThat(solo5.exitCode()).isZero();
        assertThat(solo5.err()).isEmpty();
        assertThat(solo5.out()).isEqualTo("{\"cmdline\":\"nginx -g 'daemon off;'\",\"blk\":{\"source\":\"etfs\",\"path\":\"/dev/ld0a\","
                + "\"fstype\":\"blk\",\"mountpoint\":\"/data\"},\"cwd\":\"/data\"}\n");
        assertThat(master.exitCode()).isEqualTo(1);
        assertThat(master.out()).isEmpty();
        assertThat(master.err().lines()).containsExactly(
                file + ":1:9: error: rc[0].workdir: cannot be written in the older format: master's guests start every"
                        + " program in /; the Solo5 forks' cwd would (--dialect solo5) (--lossy leaves it out)",
                file + ":1:96: error: blk.ld0a: cannot be written in the older format: an older etfs device is named after"
                        + " its disk (blkfront:<name>), and this one is solo5:ld0a (--lossy leaves it out)",
                file + ":1:155: error: mount[\"/data\"]: cannot be written in the older format: its device is not written"
                        + " (--lossy leaves it out)");
    }

    @Test
    void toOlderLossyPrintsWhatItCanWithAWarningPerElementLeftOut() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"),
                "{\"rc\": [{\"bin\": \"app\"}], \"mount\": {\"/tmp\": {\"source\": \"tmpfs\"}}}");

        Cli.Run run = Cli.run("convert", "--to", "older", "--lossy", "--bins", "app", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("{\"cmdline\":\"app\"}\n");
        assertThat(run.err().lines()).containsExactly(file + ":1:36: warning: mount[\"/tmp\"]: left out: the older format"
                + " cannot express it; the older format mounts block devices and kernfs only, not tmpfs");
    }

    @Test
    void toLegacyIsASynonymOfToOlder() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "{\"rc\": [{\"bin\": \"app\", \"argv\": [\"app\", \"-v\"]}]}");

        Cli.Run legacy = Cli.run("convert", "--to", "legacy", "--bins", "app", file.toString());

        assertThat(legacy.exitCode()).isZero();
        assertThat(legacy.out()).isEqualTo("{\"cmdline\":\"app -v\"}\n")
                .isEqualTo(Cli.run("convert", "--to", "older", "--bins", "app", file.toString()).out());
    }

    @Test
    void anUnknownTargetFormatOrDialectIsAUsageError() {
        assertThat(Cli.run("convert", "--to", "master", OLDER).exitCode()).isEqualTo(2);
        assertThat(Cli.run("convert", "--to", "older", "--dialect", "nabla", OLDER).exitCode()).isEqualTo(2);
    }

    @Test
    void olderOptionsWithoutToOlderAreAUsageError() {
        assertThat(Cli.run("convert", "--dialect", "solo5", "docs/examples/xen-netback.json").exitCode()).isEqualTo(2);
        assertThat(Cli.run("convert", "--lossy", "docs/examples/xen-netback.json").exitCode()).isEqualTo(2);
        assertThat(Cli.run("convert", "--to", "current", "docs/examples/xen-netback.json").exitCode()).isZero();
    }
}
