package io.rumpcfg.source.hw;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.BootSettings;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guest boots from the first multiboot module of a memory image, end to end. */
class BootFromMultibootTest {
    private static final int INFO = 0x9000;

    @TempDir
    Path dir;

    private static GuestImage imageWithModule(String module) {
        byte[] bytes = module.getBytes(StandardCharsets.UTF_8);
        return new GuestImage(0x20000)
                .info(INFO, MultibootInfo.FLAG_CMDLINE | MultibootInfo.FLAG_MODS, 0x9100, 1, 0x9200)
                .cString(0x9100, "app.bin console=com1")
                .module(0x9200, 0x10000, 0x10000 + bytes.length, 0x9300)
                .cString(0x9300, "config.json")
                .bytes(0x10000, bytes);
    }

    @Test
    void bootsTheModulesConfigurationFromADumpOnDisk() throws Exception {
        String config = "{\"hostname\": \"mb1\", \"net\": {\"dns\": {\"nameservers\": [\"192.0.2.53\"]}},"
                + " \"rc\": [{\"bin\": \"app\", \"argv\": [\"app\", \"-v\"]}]}";
        Path dump = Files.write(dir.resolve("mem.img"), imageWithModule(config).array());
        FakePlatform platform = FakePlatform.withEchoBins(java.util.List.of("app"));

        BootReport report = Rumpcfg.boot(MultibootSource.image(dump, INFO), platform, BootSettings.DEFAULTS);

        assertThat(report.succeeded()).as(report.stepLines().toString()).isTrue();
        assertThat(report.stepLines()).containsExactly("applied hostname", "applied net.dns", "applied rc:0");
        assertThat(platform.sysctls()).containsEntry("kern.hostname", "mb1");
        assertThat(platform.fileText("/etc/resolv.conf")).hasValue("nameserver 192.0.2.53\n");
        assertThat(platform.programs()).singleElement().satisfies(p -> assertThat(p.argv()).containsExactly("app", "-v"));
    }

    @Test
    void anInvalidModuleAppliesNothingAndPointsIntoTheModule() {
        FakePlatform platform = FakePlatform.withEchoBins(java.util.List.of("app"));
        MultibootInfo info = MultibootInfo.read(imageWithModule("{\n \"hostname\": \"ok\",\n \"env\": 3\n}").buffer(), INFO)
                .info().orElseThrow();

        BootReport report = Rumpcfg.boot(MultibootSource.of("multiboot", info), platform, BootSettings.DEFAULTS);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(report.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.render("m")).startsWith("m:3:9: error: env: expected an object"));
        assertThat(platform.calls()).doesNotContain("sysctl", "setenv");
        assertThat(platform.sysctls()).isEmpty();
    }

    @Test
    void withNoModuleTheCommandLineNamesAConfigOnTheRootFileSystem() {
        // The name runs to the end of the text (master lib/librumprun_base/config.c), so the key comes last.
        byte[] cmdline = "app.bin console=com1 _RUMPRUN_ROOTFSCFG=/cfg/app.json".getBytes(StandardCharsets.UTF_8);
        GuestImage image = new GuestImage(0x20000)
                .info(INFO, MultibootInfo.FLAG_CMDLINE | MultibootInfo.FLAG_MODS, 0x9100, 0, 0x9200)
                .bytes(0x9100, cmdline);
        String config = "{\"blk\": {\"vnd0\": {\"type\": \"vnd\", \"path\": \"images/data.iso\"}},"
                + " \"mount\": {\"/data\": {\"source\": \"blk\", \"path\": \"/dev/vnd0a\"}}, \"rc\": []}";
        FakePlatform platform = FakePlatform.builder()
                .device("/dev/ld0a", "ffs")
                .file("/rootfs/cfg/app.json", config.getBytes(StandardCharsets.UTF_8))
                .file("/rootfs/images/data.iso", new byte[16])
                .build();
        MultibootInfo info = MultibootInfo.read(image.buffer(), INFO).info().orElseThrow();

        BootReport report = Rumpcfg.boot(MultibootSource.of("multiboot", info).withPlatform(platform), platform,
                BootSettings.DEFAULTS);

        assertThat(report.succeeded()).as(report.diagnostics() + " " + report.stepLines()).isTrue();
        // The relative backing file resolves against /rootfs, where the configuration came from.
        assertThat(platform.calls()).containsSubsequence("mount ffs /dev/ld0a /rootfs {}",
                "readFile /rootfs/cfg/app.json", "vndConfigure 0 /rootfs/images/data.iso ro");
    }

    @Test
    void aModuleWithNoBraceRunsEveryBakedProgramWithArgvRumprun() {
        // master lib/librumprun_base/main.c bmk_mainthread: RUNMAIN gives the one command-line argv to every program
        FakePlatform platform = FakePlatform.withEchoBins(java.util.List.of("first", "second"));
        MultibootInfo info = MultibootInfo.read(imageWithModule("not json").buffer(), INFO).info().orElseThrow();

        BootReport report = Rumpcfg.boot(MultibootSource.of("multiboot", info), platform, BootSettings.DEFAULTS);

        assertThat(report.succeeded()).as(report.diagnostics() + " " + report.stepLines()).isTrue();
        assertThat(platform.programs()).extracting(p -> p.bin()).containsExactly("first", "second");
        assertThat(platform.programs()).allSatisfy(p -> assertThat(p.argv()).containsExactly("rumprun"));
    }
}
