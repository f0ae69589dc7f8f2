package io.rumpcfg.source.hw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MultibootInfoTest {
    private static final int INFO = 0x9000;
    private static final long CMDLINE_AND_MODS = MultibootInfo.FLAG_CMDLINE | MultibootInfo.FLAG_MODS;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytesOf(MultibootModule m) {
        byte[] out = new byte[m.bytes().remaining()];
        m.bytes().get(out);
        return out;
    }

    private static Diagnostic onlyError(MultibootInfo.Read read) {
        assertThat(read.info()).isEmpty();
        assertThat(read.errors()).hasSize(1);
        return read.errors().get(0);
    }

    @Test
    void readsCommandLineAndTheFirstModuleOnly() {
        // master platform/hw/multiboot.c multiboot reads mbm[0] alone; a bad second entry is not looked at
        GuestImage image = new GuestImage(0x20000)
                .info(INFO, CMDLINE_AND_MODS, 0x9100, 2, 0x9200)
                .cString(0x9100, "app.bin console=com1")
                .module(0x9200, 0x10000, 0x10002, 0x9300)
                .module(0x9210, 0x11000, 0x10000, 0xFFFF_0000L)
                .cString(0x9300, "config.json")
                .bytes(0x10000, utf8("{}"));
        MultibootInfo.Read read = MultibootInfo.read(image.buffer(), INFO);
        assertThat(read.errors()).isEmpty();
        MultibootInfo info = read.info().orElseThrow();
        assertThat(info.flags()).isEqualTo(CMDLINE_AND_MODS);
        assertThat(info.cmdline()).contains("app.bin console=com1");
        assertThat(info.modules()).extracting(MultibootModule::name).containsExactly("config.json");
        assertThat(bytesOf(info.modules().get(0))).isEqualTo(utf8("{}"));
        assertThat(info.modules().get(0).isWhole()).isTrue();
    }

    @Test
    void aModuleTableFillingMemoryCostsOneModule() {
        // A million entries, all inside memory: none but the first is made into a module.
        int size = 16 << 20;
        long count = (size - 0x9200) / 16;
        GuestImage image = new GuestImage(size)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, count, 0x9200)
                .module(0x9200, 0x8000, 0x8002, 0x9100)
                .cString(0x9100, "config.json");
        MultibootInfo.Read read = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> MultibootInfo.read(image.buffer(), INFO));
        assertThat(read.errors()).isEmpty();
        assertThat(read.info().orElseThrow().modules()).extracting(MultibootModule::name)
                .containsExactly("config.json");
    }

    @Test
    void aModuleTableRunningOffTheEndIsAnErrorThoughItsFirstEntryIsInside() {
        GuestImage image = new GuestImage(0x10000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 0x1000, 0x9200)
                .module(0x9200, 0x8000, 0x8002, 0x9100)
                .cString(0x9100, "config.json");
        Diagnostic d = onlyError(MultibootInfo.read(image.buffer(), INFO));
        assertThat(d.message()).isEqualTo(
                "the module table of 4096 entries [0x9200, 0x19200) lies outside guest memory of 0x10000 bytes");
    }

    @Test
    void fieldsAreIgnoredWhenTheirFlagIsClear() {
        // garbage pointers, but flags say neither cmdline nor modules are valid
        GuestImage image = new GuestImage(0x10000).info(INFO, 0, 0xFFFF_FFF0L, 99, 0xFFFF_FFF0L);
        MultibootInfo info = MultibootInfo.read(image.buffer(), INFO).info().orElseThrow();
        assertThat(info.cmdline()).isEmpty();
        assertThat(info.modules()).isEmpty();
    }

    @Test
    void aModuleTableAtAddressZeroHoldsNoModules() {
        // master platform/hw/multiboot.c multiboot: a module is looked at only when mods_addr != 0
        GuestImage image = new GuestImage(0x10000).info(INFO, MultibootInfo.FLAG_MODS, 0, 3, 0);
        assertThat(MultibootInfo.read(image.buffer(), INFO).info().orElseThrow().modules()).isEmpty();
    }

    @Test
    void zeroModulesWithTheFlagSetIsAnEmptyList() {
        GuestImage image = new GuestImage(0x10000).info(INFO, MultibootInfo.FLAG_MODS, 0, 0, 0);
        assertThat(MultibootInfo.read(image.buffer(), INFO).info().orElseThrow().modules()).isEmpty();
    }

    @Test
    void infoOutsideMemoryIsAnError() {
        Diagnostic d = onlyError(MultibootInfo.read(new GuestImage(0x1000).buffer(), 0x2000));
        assertThat(d.code()).isEqualTo(Code.HW_OUTSIDE_MEMORY);
        assertThat(d.message()).isEqualTo("flags [0x2000, 0x2004) lies outside guest memory of 0x1000 bytes");
    }

    @Test
    void moduleTablePointerOutsideMemoryIsAnError() {
        GuestImage image = new GuestImage(0x10000).info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x80000);
        Diagnostic d = onlyError(MultibootInfo.read(image.buffer(), INFO));
        assertThat(d.message()).isEqualTo(
                "the module table of 1 entries [0x80000, 0x80010) lies outside guest memory of 0x10000 bytes");
    }

    @Test
    void hugeModuleCountRunsOffTheEndOfMemory() {
        GuestImage image = new GuestImage(0x10000).info(INFO, MultibootInfo.FLAG_MODS, 0, 0xFFFF_FFFFL, 0x9200);
        Diagnostic d = onlyError(MultibootInfo.read(image.buffer(), INFO));
        assertThat(d.code()).isEqualTo(Code.HW_OUTSIDE_MEMORY);
    }

    @Test
    void modulePastTheEndOfMemoryIsAnError() {
        GuestImage image = new GuestImage(0x10000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, 0xF000, 0x11000, 0x9300)
                .cString(0x9300, "cfg");
        Diagnostic d = onlyError(MultibootInfo.read(image.buffer(), INFO));
        assertThat(d.message()).isEqualTo("module 0 [0xf000, 0x11000) lies outside guest memory of 0x10000 bytes");
    }

    @Test
    void moduleEndingBeforeItStartsIsAnError() {
        GuestImage image = new GuestImage(0x10000)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, 0xA000, 0x9FFF, 0x9300)
                .cString(0x9300, "cfg");
        Diagnostic d = onlyError(MultibootInfo.read(image.buffer(), INFO));
        assertThat(d.code()).isEqualTo(Code.HW_END_BEFORE_START);
        assertThat(d.message()).isEqualTo("module 0 ends (mod_end 0x9fff) before it starts (mod_start 0xa000)");
    }

    @Test
    void moduleNameWithoutNulIsAnError() {
        GuestImage image = new GuestImage(0x9400)
                .info(INFO, MultibootInfo.FLAG_MODS, 0, 1, 0x9200)
                .module(0x9200, 0x9300, 0x9302, 0x93FC)
                .bytes(0x93FC, utf8("abcd")); // runs into the end of memory
        Diagnostic d = onlyError(MultibootInfo.read(image.buffer(), INFO));
        assertThat(d.code()).isEqualTo(Code.HW_NO_TERMINATOR);
        assertThat(d.message()).isEqualTo("module 0 name at 0x93fc has no NUL terminator within 4 bytes");
    }

    @Test
    void commandLinePointerOutsideMemoryIsAnError() {
        GuestImage image = new GuestImage(0x10000).info(INFO, MultibootInfo.FLAG_CMDLINE, 0x10000, 0, 0);
        Diagnostic d = onlyError(MultibootInfo.read(image.buffer(), INFO));
        assertThat(d.message()).isEqualTo("cmdline [0x10000, 0x10001) lies outside guest memory of 0x10000 bytes");
    }

    @Test
    void highAddressesAreUnsigned() {
        GuestImage image = new GuestImage(0x10000).info(INFO, MultibootInfo.FLAG_CMDLINE, 0x8000_0000L, 0, 0);
        assertThat(onlyError(MultibootInfo.read(image.buffer(), INFO)).message())
                .startsWith("cmdline [0x80000000, 0x80000001) lies outside");
    }
}
