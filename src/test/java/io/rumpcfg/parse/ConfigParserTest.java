package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigParserTest {
    private static final ConfigParser PARSER = ConfigParser.create(ParseOptions.DEFAULTS);

    private static ParseResult parse(String json) {
        return PARSER.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ConfigParserTest.class.getResourceAsStream("/parse/examples/" + name)) {
            return in.readAllBytes();
        }
    }

    /** An example of docs/examples, the file users read. */
    private static byte[] example(String name) throws IOException {
        return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs", "examples", name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hw-webserver.json", "image-in-image.json", "nfs-and-pipeline.json", "xen-netback.json"})
    void currentFormatExamplesAreValidWithoutDiagnostics(String name) throws IOException {
        ParseResult result = PARSER.parse(example(name));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.config()).isPresent();
    }

    @Test
    void olderLauncherDocumentIsReadLenientlyWithTheRepairWarningAtItsFirstStrayComma() throws IOException {
        ParseResult result = PARSER.parse(resource("older-launcher.json"));

        assertThat(result.config()).isPresent();
        assertThat(result.diagnostics()).extracting(d -> d.code() + "@" + d.position())
                // " {," : the comma after the brace is where strict JSON failed
                .containsExactly("comma-repair@1:3", "older-format@2:2", "older-cmdline-bins@18:13");
    }

    @Test
    void exampleIsReadIntoTheModelInDocumentOrder() throws IOException {
        Config config = PARSER.parse(example("nfs-and-pipeline.json")).config().orElseThrow();

        assertThat(config.rc().orElseThrow()).extracting(e -> e.bin() + e.runmode())
                .containsExactly("producer" + RunMode.PIPE, "filter" + RunMode.PIPE, "consumer" + RunMode.WAIT);
        assertThat(config.rc().get().get(1).effectiveArgv()).containsExactly("filter");
        MountSource.Nfs nfs = (MountSource.Nfs) config.mounts().get(0).source();
        assertThat(nfs.server()).isEqualTo("files.example.net");
        assertThat(nfs.export()).isEqualTo("/export/home");
        assertThat(nfs.proto()).isEqualTo(MountSource.Proto.TCP);
        assertThat(config.sysctl()).singleElement().satisfies(s -> assertThat(s.value().text()).isEqualTo("4096"));
        assertThat(config.net().dns().orElseThrow().nameservers()).extracting(Object::toString)
                .containsExactly("192.0.2.53", "2001:db8::53");
    }

    @Test
    void repeatedRootKeysAreMergedInDocumentOrder() {
        Config config = parse("{\"env\":{\"A\":\"1\"},\"mount\":{\"/kern\":{\"source\":\"kernfs\"}},\"env\":{\"B\":\"2\"},"
                + "\"rc\":[{\"bin\":\"x\"}],\"rc\":[{\"bin\":\"y\"}]}").config().orElseThrow();

        assertThat(config.env()).extracting(e -> e.name() + "=" + e.value()).containsExactly("A=1", "B=2");
        assertThat(config.rc().orElseThrow()).extracting(e -> e.bin() + "@" + e.origin().path())
                .containsExactly("x@rc[0]", "y@rc[1]");
    }

    @Test
    void defaultsAreFilledIn() {
        Config config = parse("{\"mount\":{\"/tmp\":{\"source\":\"tmpfs\"},\"/n\":{\"source\":\"nfs\",\"path\":\"10.0.0.1:/x\"}},"
                + "\"rc\":[{\"bin\":\"a\"}]}").config().orElseThrow();

        assertThat(((MountSource.Tmpfs) config.mounts().get(0).source()).sizeBytes()).isEqualTo(1L << 20);
        MountSource.Nfs nfs = (MountSource.Nfs) config.mounts().get(1).source();
        assertThat(nfs.vers()).isEqualTo(3);
        assertThat(nfs.readOnly()).isFalse();
        assertThat(config.rc().orElseThrow().get(0).effectiveWorkdir()).isEqualTo("/");
        assertThat(parse("{}").config()).contains(Config.empty());
    }

    @Test
    void tmpfsSizeSuffixesAreBinary() {
        Config config = parse("{\"mount\":{\"/a\":{\"source\":\"tmpfs\",\"options\":{\"size\":\"4M\"}},"
                + "\"/b\":{\"source\":\"tmpfs\",\"options\":{\"size\":\"2g\"}}}}").config().orElseThrow();

        assertThat(config.mounts()).extracting(m -> ((MountSource.Tmpfs) m.source()).sizeBytes())
                .containsExactly(4L << 20, 2L << 30);
    }

    @Test
    void warningsSurviveSuccess() {
        ParseResult result = parse("{\"future\": true}");

        assertThat(result.config()).isPresent();
        assertThat(result.diagnostics()).extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void invalidUtf8IsAnErrorAtTheBadByte() {
        byte[] doc = "{\"env\": {\"A\": \"x?\"}}".getBytes(StandardCharsets.US_ASCII);
        doc[16] = (byte) 0xFF;

        ParseResult result = PARSER.parse(doc);

        assertThat(result.config()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.INVALID_UTF8);
            assertThat(d.message()).isEqualTo("invalid UTF-8: byte 0xFF");
            assertThat(d.position()).isEqualTo(new Position(1, 17, 16));
        });
    }

    @Test
    void truncatedMultiByteSequenceIsInvalidUtf8() {
        byte[] doc = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};

        assertThat(PARSER.parse(doc).diagnostics()).extracting(Diagnostic::code, Diagnostic::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.INVALID_UTF8, new Position(1, 7, 6)));
    }

    @Test
    void byteOrderMarkIsSkipped() {
        byte[] doc = "\uFEFF{}".getBytes(StandardCharsets.UTF_8);

        assertThat(PARSER.parse(doc).config()).contains(Config.empty());
    }

    @Test
    void diagnosticsBeyondTheLimitAreSummedUpInOne() {
        StringBuilder doc = new StringBuilder("{\"env\": {");
        for (int i = 0; i < 105; i++) {
            doc.append(i == 0 ? "" : ",").append("\"A").append(i).append("=\": \"x\"");
        }
        ParseResult result = parse(doc.append("}}").toString());

        assertThat(result.diagnostics()).hasSize(101);
        Diagnostic last = result.diagnostics().get(100);
        assertThat(last.code()).isEqualTo(Code.TOO_MANY_DIAGNOSTICS);
        assertThat(last.message()).isEqualTo("5 more diagnostics not shown, over the limit maxDiagnostics=100");
        assertThat(last.isError()).isTrue();
        assertThat(result.diagnostics().get(99).path()).isEqualTo(ElementPath.root().key("env").key("A99="));
    }

    @Test
    void summaryOfOnlyWarningsIsAWarning() {
        ConfigParser parser = ConfigParser.create(ParseOptions.DEFAULTS.withLimits(
                Limits.DEFAULTS.toBuilder().maxDiagnostics(1).build()));

        ParseResult result = parser.parse("{\"x\":1,\"y\":2}".getBytes(StandardCharsets.UTF_8));

        assertThat(result.config()).isPresent();
        assertThat(result.diagnostics()).extracting(Diagnostic::severity).containsExactly(Severity.WARNING, Severity.WARNING);
    }

    @Test
    void binsOptionChecksEveryRcEntry() {
        ConfigParser parser = ConfigParser.create(ParseOptions.DEFAULTS.withBins(List.of("httpd")));

        ParseResult result = parser.parse("{\"rc\":[{\"bin\":\"httpd\"},{\"bin\":\"sshd\"}]}".getBytes(StandardCharsets.UTF_8));

        assertThat(result.diagnostics()).extracting(d -> d.path().toString()).containsExactly("rc[1].bin");
    }

    @Test
    void everyErrorIsRenderedAsOneLine() {
        List<String> lines = parse("{\"env\": {\"A=B\": 1}}").diagnostics().stream()
                .map(d -> d.render("cfg.json")).collect(Collectors.toList());

        assertThat(lines).containsExactly(
                "cfg.json:1:10: error: env[\"A=B\"]: \"A=B\" is not an environment variable name (non-empty, without '=')");
    }

    @Test
    void streamIsReadLikeBytes() throws IOException {
        ParseResult result = PARSER.parse(new ByteArrayInputStream("{\"hostname\": \"web1\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(result.config().orElseThrow().hostname().orElseThrow().name()).isEqualTo("web1");
    }

    /** A pipe read through FileInputStream: JDK 17's readNBytes on it fails with "Illegal seek". */
    @Test
    void aFileInputStreamOnAPipeIsRead(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("{\"hostname\": \"web1\"}".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();

        ParseResult result;
        try (InputStream in = new FileInputStream(fifo.toFile())) {
            result = PARSER.parse(in);
        }
        writer.join();

        assertThat(result.config().orElseThrow().hostname().orElseThrow().name()).isEqualTo("web1");
    }
}
