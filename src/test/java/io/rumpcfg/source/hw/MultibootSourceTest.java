package io.rumpcfg.source.hw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceContext;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.spec.SourceSpec;
import io.rumpcfg.source.spec.Sources;
import io.rumpcfg.source.cmdline.ConfigText;
import io.rumpcfg.testing.FakePlatform;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void aNulInsideTheModuleEndsTheText() {
        // master platform/hw/multiboot.c multiboot copies the module as a C string; config.c reads it up to its NUL
        assertThat(read(withModule(utf8("{}\0\0\0"), "")).config())
                .hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{}")));
        assertThat(read(withModule(utf8("{\"a\":1}\0{\"b\":2}"), "")).config())
                .hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"a\":1}")));
        SourceResult r = read(withModule(utf8("\0{\"a\":1}"), ""));
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(ConfigText.NO_JSON_START)));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_NOT_JSON);
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
    void firstModuleWithNoBraceRunsEveryProgramWithArgvRumprun() {
        // master lib/librumprun_base/config.c rumprun_config: no '{' warns and makes the one argv "rumprun"
        SourceResult r = read(withModule(utf8("\u007fELF"), "{\"ignored\":1}"));
        assertThat(r.name()).isEqualTo("multiboot module 0");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"cmdline\": \"rumprun\"}")));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.SOURCE_NOT_JSON);
            assertThat(d.message()).startsWith("the first module \"config.json\" holds no \"{\": the original guest "
                    + "warns \"could not find start of json\"");
        });
    }

    @Test
    void aModuleNameIsQuotedWithItsControlCharactersEscaped() {
        // Guest memory: a name that would rewrite the terminal's line and forge a line of its own.
        SourceResult r = read(new GuestImage(0x20000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, 0x10000, 0x10005, 0x9300)
                .cString(0x9300, "\u001b[2K\rall good\nrumpcfg: FAKE\u0007\u009b")
                .bytes(0x10000, utf8("hello")));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).startsWith(
                "the first module \"\\u001b[2K\\u000dall good\\u000arumpcfg: FAKE\\u0007\\u009b\" holds no"));
    }

    @Test
    void aLongModuleNameIsCut() {
        SourceResult r = read(new GuestImage(0x20000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, 0x10000, 0x10005, 0x9300)
                .cString(0x9300, "n".repeat(4000))
                .bytes(0x10000, utf8("hello")));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("the first module \"" + "n".repeat(60) + "...\" holds no"));
    }

    @Test
    void textBeforeTheModulesFirstBraceIsSkipped() {
        // master lib/librumprun_base/config.c rumprun_config: everything before the first '{' is skipped
        SourceResult r = read(withModule(utf8("config: {\"a\":1}"), ""));
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"a\":1}")));
        assertThat(r.diagnostics()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"4094, 0", "4095, 1", "65537, 1"})
    void aModuleOf4095BytesOrMoreHaltsTheGuest(int size, int errors) {
        // master platform/hw/multiboot.c multiboot: mod_end - mod_start >= BMK_MULTIBOOT_CMDLINE_SIZE - 1 halts
        byte[] module = new byte[size]; // "{}" then NULs: the NULs count, as mod_end - mod_start does
        module[0] = '{';
        module[1] = '}';
        GuestImage image = new GuestImage(0x40000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, 0x10000, 0x10000 + size, 0x9300)
                .cString(0x9300, "big.json")
                .bytes(0x10000, module);
        SourceResult r = read(image);
        assertThat(r.diagnostics()).hasSize(errors).allMatch(Diagnostic::isError);
        if (errors == 0) {
            assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{}")));
        } else {
            assertThat(r.config()).isEmpty();
            assertThat(r.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(Code.HW_OVER_BUFFER);
                assertThat(d.message()).isEqualTo("module 0 \"big.json\" is " + size + " bytes; the original hw guest "
                        + "halts (\"command line too long\") on a first module of 4095 bytes or more");
            });
        }
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
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_DEPRECATED_CMDLINE);
    }

    @Test
    void withoutModulesOrBraceEveryProgramRunsWithArgvRumprun() {
        // master lib/librumprun_base/config.c rumprun_config: no '{' warns and makes the one argv "rumprun"
        GuestImage image = new GuestImage(0x10000)
                .info(INFO, CMDLINE_AND_MODS, 0x9100, 0, 0)
                .cString(0x9100, "app.bin console=com1");
        SourceResult r = read(image);
        assertThat(r.name()).isEqualTo("multiboot cmdline");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(ConfigText.NO_JSON_START)));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_NOT_JSON);
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("console", "com1"));
    }

    @Test
    void withNeitherModuleNorCommandLineEveryProgramRunsWithArgvRumprun() {
        // master platform/hw/multiboot.c multiboot: no config found leaves an empty text for rumprun_config
        SourceResult r = read(new GuestImage(0x10000).info(INFO, 0, 0, 0, 0));
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(ConfigText.NO_JSON_START)));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("the boot information (no module, no command line) holds no \"{\""));
    }

    @Test
    void aModuleTableAtAddressZeroIsNoModuleAndTheCommandLineIsUsed() {
        // master platform/hw/multiboot.c multiboot: the module is used only when mods_addr != 0
        GuestImage image = new GuestImage(0x10000)
                .info(INFO, CMDLINE_AND_MODS, 0x9100, 1, 0)
                .cString(0x9100, "app.bin {\"a\":1}");
        SourceResult r = read(image);
        assertThat(r.name()).isEqualTo("multiboot cmdline");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"a\":1}")));
    }

    @Test
    void modulesWithoutTheModsFlagAreNotLookedAt() {
        // master platform/hw/multiboot.c multiboot: the module is used only when flags has MULTIBOOT_INFO_MODS
        GuestImage image = withModule(utf8("{\"module\":1}"), "app.bin {\"a\":1}")
                .u32(INFO, MultibootInfo.FLAG_CMDLINE);
        SourceResult r = read(image);
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"a\":1}")));
    }

    @ParameterizedTest
    @CsvSource({"4095, 0", "4096, 1"})
    void withoutModulesACommandLineOf4096BytesOrMoreHaltsTheGuest(int size, int errors) {
        // master platform/hw/multiboot.c multiboot: strlen(cmdline) >= BMK_MULTIBOOT_CMDLINE_SIZE halts
        String cmdline = "app.bin {}" + " ".repeat(size - 10);
        SourceResult r = read(new GuestImage(0x10000)
                .info(INFO, CMDLINE_AND_MODS, 0x9100, 0, 0)
                .cString(0x9100, cmdline));
        if (errors == 0) {
            assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(cmdline.substring(8))));
        } else {
            assertThat(r.config()).isEmpty();
            assertThat(r.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.isError()).isTrue();
                assertThat(d.code()).isEqualTo(Code.HW_OVER_BUFFER);
                assertThat(d.message()).isEqualTo("the command line is 4096 bytes; with no module, the original hw "
                        + "guest halts (\"command line too long\") on one of 4096 bytes or more");
            });
        }
    }

    @Test
    void aModuleNamingARootfsConfigIsReadFromTheRootFileSystem() {
        // master lib/librumprun_base/config.c rumprun_config: the module's text is searched like a command line
        FakePlatform platform = FakePlatform.builder()
                .device("/dev/ld0a", "ffs")
                .file("/rootfs/etc/app.json", utf8("{\"rc\":[]}"))
                .build();
        MultibootInfo info = MultibootInfo.read(withModule(utf8("_RUMPRUN_ROOTFSCFG=/etc/app.json"), "").buffer(),
                INFO).info().orElseThrow();
        SourceResult r = MultibootSource.of("multiboot", info).withPlatform(platform).read();
        assertThat(r.name()).isEqualTo("rootfs:/rootfs/etc/app.json");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"rc\":[]}")));
        assertThat(r.baseDir()).isEqualTo("/rootfs");
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
        SourceResult r = spec.open(SourceContext.DEFAULTS).read();
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{}")));
    }

    /** A sparse dump of {@code size} bytes holding {@code head} at 0 and a module "{}" at {@code module}. */
    private Path sparseImage(String fileName, long size, byte[] head, long module) throws Exception {
        Path file = dir.resolve(fileName);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
            raf.write(head);
            raf.seek(module);
            raf.write(utf8("{}"));
        }
        return file;
    }

    @Test
    void aModuleTableFillingAnImageFileIsCheckedNotRead() throws Exception {
        // 16 million entries inside a 256 MiB dump: checked to fit, only the first one read.
        long size = 256L << 20;
        byte[] head = new GuestImage(0xA000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, (size - 0x9200) / 16, 0x9200)
                .module(0x9200, 0x9800, 0x9802, 0x9300)
                .cString(0x9300, "config.json")
                .array();
        Path file = sparseImage("table.img", size, head, 0x9800);
        SourceResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MultibootSource.image(file, INFO).read());
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{}")));
    }

    @Test
    void anImageFileOver2GibIsReadToItsEnd() throws Exception {
        // Pointers are 32 bits: a 3 GiB dump is guest memory of 3 GiB, not of a Java buffer's 2 GiB.
        long size = 3L << 30;
        long high = 0xA000_0000L;
        byte[] head = new GuestImage(0xA000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, high, high + 2, 0x9300)
                .cString(0x9300, "config.json")
                .array();
        Path file = sparseImage("high.img", size, head, high);
        SourceResult r = MultibootSource.image(file, INFO).read();
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{}")));
    }

    @Test
    void aPointerPastAnImageFileOver2GibNamesTheFilesSize() throws Exception {
        Path file = sparseImage("short.img", 3L << 30,
                new GuestImage(0xA000).info(INFO, MultibootInfo.FLAG_CMDLINE, 0xC000_0000L, 0, 0).array(), 0);
        SourceResult r = MultibootSource.image(file, INFO).read();
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("cmdline [0xc0000000, 0xc0000001) lies outside guest memory of 0xc0000000 bytes");
    }

    @Test
    void aModuleOverTheLimitInAnImageFileIsRefusedByItsSizeWithoutBeingRead() throws Exception {
        long size = 256L << 20;
        byte[] head = new GuestImage(0xA000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, 0x10000, size, 0x9300)
                .cString(0x9300, "big.json")
                .array();
        Path file = sparseImage("bigmodule.img", size, head, 0x10000);
        SourceResult r = MultibootSource.image(file, INFO).read();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.HW_OVER_BUFFER);
        assertThat(r.diagnostics().get(0).message()).contains("is " + (size - 0x10000) + " bytes");
    }

    @Test
    void badPointerInAnImageFileIsAnError() throws Exception {
        Path file = dir.resolve("mem.img");
        Files.write(file, new GuestImage(0x10000).info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x20000).array());
        SourceResult r = MultibootSource.image(file, INFO).read();
        assertThat(r.name()).isEqualTo("multiboot:" + file + "@0x9000");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.HW_OUTSIDE_MEMORY);
    }

    @Test
    void anImageThatIsNotARegularFileIsUnreadableWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("mem.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        SourceResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MultibootSource.image(fifo, INFO).read());
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("cannot read memory image " + fifo + ": not a regular file");
        assertThat(MultibootSource.image(dir, INFO).read().diagnostics()).extracting(Diagnostic::message)
                .containsExactly("cannot read memory image " + dir + ": not a regular file");
    }

    @Test
    void missingImageFileIsAnError() {
        SourceResult r = MultibootSource.image(dir.resolve("none.img"), INFO).read();
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_UNREADABLE);
    }
}
