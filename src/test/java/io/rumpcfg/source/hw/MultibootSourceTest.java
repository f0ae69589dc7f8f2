package io.rumpcfg.source.hw;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceContext;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.SourceSpec;
import io.rumpcfg.source.Sources;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultibootSourceTest {
    private static final int INFO = 0x9000;
    private static final long CMDLINE_AND_MODS = MultibootInfo.FLAG_CMDLINE | MultibootInfo.FLAG_MODS;

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static SourceResult read(GuestImage image) {
        MultibootInfo.Read read = MultibootInfo.read(image.buffer(), INFO);
        assertThat(read.errors()).isEmpty();
        return MultibootSource.of("multiboot", read.info().orElseThrow()).read();
    }

    /** An image with one module holding {@code module} and the given command line. */
    private static GuestImage withModule(byte[] module, String cmdline) {
        return new GuestImage(0x20000)
                .info(INFO, CMDLINE_AND_MODS, 0x9100, 1, 0x9200)
                .cString(0x9100, cmdline)
                .module(0x9200, 0x10000, 0x10000 + module.length, 0x9300)
                .cString(0x9300, "config.json")
                .bytes(0x10000, module);
    }

    @Test
    void firstModuleIsTheConfigAndTheCommandLineGivesBootOptions() {
        SourceResult r = read(withModule(utf8("{\"rc\":[]}"), "app.bin console=com1 verbose=1"));
        assertThat(r.name()).isEqualTo("multiboot module 0");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"rc\":[]}")));
        assertThat(r.bootOptions().asMap()).containsExactly(Map.entry("console", "com1"), Map.entry("verbose", "1"));
        assertThat(r.baseDir()).isEqualTo("/");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void trailingNulsOfTheModuleAreDropped() {
        SourceResult r = read(withModule(utf8("{}\0\0\0"), ""));
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{}")));
    }

    @Test
    void onlyTheFirstOfSeveralModulesIsTheConfig() {
        GuestImage image = withModule(utf8(" \n{\"a\":1}"), "")
                .u32(INFO + 20, 2)
                .module(0x9210, 0x11000, 0x11004, 0x9310)
                .cString(0x9310, "disk.img")
                .bytes(0x11000, utf8("{\"b\""));
        SourceResult r = read(image);
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(" \n{\"a\":1}")));
    }

    @Test
    void firstModuleThatIsNotJsonIsAWarningAndNoConfig() {
        SourceResult r = read(withModule(utf8("\u007fELF"), "{\"ignored\":1}"));
        assertThat(r.config()).isEmpty();
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(SourceDiagnostics.NOT_JSON);
            assertThat(d.message()).isEqualTo("the first module (config.json) is not a JSON object "
                    + "(it starts with byte 0x7f); booting with no configuration");
        });
    }

    @Test
    void moduleOverTheDocumentLimitIsAnError() {
        byte[] big = new byte[SourceResult.MAX_CONFIG_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        GuestImage image = new GuestImage(0x40000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, 0x10000, 0x10000 + big.length, 0x9300)
                .cString(0x9300, "big.json")
                .bytes(0x10000, big);
        SourceResult r = read(image);
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("module 0 (big.json) is 65537 bytes, over the limit of 65536 bytes");
    }

    @Test
    void withoutModulesTheCommandLineIsTheDeprecatedFallback() {
        GuestImage image = new GuestImage(0x10000)
                .info(INFO, CMDLINE_AND_MODS, 0x9100, 0, 0)
                .cString(0x9100, "app.bin console=com1 {\"env\":{\"A\":\"b c\"}}");
        SourceResult r = read(image);
        assertThat(r.name()).isEqualTo("multiboot cmdline");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"env\":{\"A\":\"b c\"}}")));
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("console", "com1"));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(SourceDiagnostics.LEGACY_CMDLINE);
    }

    @Test
    void withoutModulesOrJsonThereIsNoConfig() {
        GuestImage image = new GuestImage(0x10000)
                .info(INFO, CMDLINE_AND_MODS, 0x9100, 0, 0)
                .cString(0x9100, "app.bin console=com1");
        SourceResult r = read(image);
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("console", "com1"));
    }

    @Test
    void aRuntimeCanHandOverModulesDirectly() {
        SourceResult r = MultibootSource.of("multiboot",
                List.of(MultibootModule.of("cfg", utf8("{}")), MultibootModule.of("x", utf8("no"))),
                Optional.of("verbose=1")).read();
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{}")));
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("verbose", "1"));
    }

    @Test
    void readsAMemoryImageFile() throws Exception {
        Path file = dir.resolve("mem.img");
        Files.write(file, withModule(utf8("{\"rc\":[]}"), "app.bin").array());
        SourceResult r = MultibootSource.image(file, INFO).read();
        assertThat(r.name()).isEqualTo("multiboot:" + file + "@0x9000 module 0");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"rc\":[]}")));
    }

    @Test
    void readsATensOfMibImageThroughItsSpec() throws Exception {
        int size = 64 << 20;
        int module = size - 0x1000; // the module sits in the last page
        byte[] head = new GuestImage(0xA000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, module, module + 2, 0x9300)
                .cString(0x9300, "config.json")
                .array();
        Path file = dir.resolve("big.img");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size); // sparse: cheap to make
            raf.write(head);
            raf.seek(module);
            raf.write(utf8("{}"));
        }
        SourceSpec spec = Sources.parse("multiboot:" + file + "@0x9000")
                .spec().orElseThrow();
        SourceResult r = Sources.open(spec, SourceContext.DEFAULTS).read();
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{}")));
    }

    @Test
    void badPointerInAnImageFileIsAnError() throws Exception {
        Path file = dir.resolve("mem.img");
        Files.write(file, new GuestImage(0x10000).info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x20000).array());
        SourceResult r = MultibootSource.image(file, INFO).read();
        assertThat(r.name()).isEqualTo("multiboot:" + file + "@0x9000");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(HwDiagnostics.OUTSIDE_MEMORY);
    }

    @Test
    void missingImageFileIsAnError() {
        SourceResult r = MultibootSource.image(dir.resolve("none.img"), INFO).read();
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(SourceDiagnostics.UNREADABLE);
    }
}
