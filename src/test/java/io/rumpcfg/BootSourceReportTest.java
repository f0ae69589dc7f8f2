package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.cmdline.CmdlineSource;
import io.rumpcfg.source.hw.MultibootModule;
import io.rumpcfg.source.hw.MultibootSource;
import io.rumpcfg.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A runtime reads its source once: the report of a boot from a source carries the source's
 * name and boot options, and renders its diagnostics with that name.
 */
class BootSourceReportTest {
    /** hostname is a number: one error, on line 2, column 14. */
    private static final String BAD = "{\n \"hostname\": 5\n}";

    private static FakePlatform rootfsWith(String config) {
        return FakePlatform.builder()
                .echoBin("a")
                .device("/dev/ld0a", "ffs")
                .file("/rootfs/etc/guest.json", config.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    @Test
    void aRootfsBootCarriesTheFilesNameAndTheBootOptions() {
        FakePlatform platform = rootfsWith("{\"rc\": [{\"bin\": \"a\"}]}");
        ConfigSource source = new CmdlineSource("console=com1 _RUMPRUN_ROOTFSCFG=/etc/guest.json", Optional.of(platform));

        BootReport report = Rumpcfg.boot(source, platform, BootSettings.DEFAULTS);

        assertThat(report.succeeded()).as(report.stepLines().toString()).isTrue();
        assertThat(report.sourceName()).hasValue("rootfs:/rootfs/etc/guest.json");
        assertThat(report.bootOptions().asMap()).isEqualTo(Map.of("console", "com1"));
        // read once: one mount of the root file system, not two
        assertThat(platform.calls()).filteredOn(c -> c.startsWith("mount ")).hasSize(1);
    }

    @Test
    void aRejectedRootfsBootRendersWithTheFilesName() {
        FakePlatform platform = rootfsWith(BAD);
        ConfigSource source = new CmdlineSource("console=com1 _RUMPRUN_ROOTFSCFG=/etc/guest.json", Optional.of(platform));

        BootReport report = Rumpcfg.boot(source, platform, BootSettings.DEFAULTS);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(report.renderedDiagnostics()).singleElement().asString()
                .startsWith("rootfs:/rootfs/etc/guest.json:2:14: error: hostname: ");
        assertThat(report.bootOptions().asMap()).isEqualTo(Map.of("console", "com1"));
    }

    @Test
    void aMultibootModuleIsNamedAsTheModule() {
        FakePlatform platform = FakePlatform.withEchoBins(List.of("a"));
        MultibootSource source = MultibootSource.of("multiboot",
                List.of(MultibootModule.of("config.json", BAD.getBytes(StandardCharsets.UTF_8))), Optional.of("app.bin verbose=1"));

        BootReport report = Rumpcfg.boot(source, platform, BootSettings.DEFAULTS);

        assertThat(report.sourceName()).hasValue("multiboot module 0");
        assertThat(report.renderedDiagnostics()).singleElement().asString().startsWith("multiboot module 0:2:14: error: ");
        assertThat(report.bootOptions().asMap()).isEqualTo(Map.of("verbose", "1"));
    }

    @Test
    void aSourceResultReadByTheRuntimeBootsAsTheSourceWould() {
        FakePlatform platform = rootfsWith("{\"hostname\": \"g1\"}");
        SourceResult read = new CmdlineSource("console=com1 _RUMPRUN_ROOTFSCFG=/etc/guest.json", Optional.of(platform)).read();

        BootReport report = Rumpcfg.boot(read, platform, BootSettings.DEFAULTS);

        assertThat(report.succeeded()).isTrue();
        assertThat(report.sourceName()).hasValue(read.name());
        assertThat(report.bootOptions()).isEqualTo(read.bootOptions());
        assertThat(platform.sysctls()).containsEntry("kern.hostname", "g1");
    }

    @Test
    void aBootFromBytesHasNoSourceAndRendersAsConfig() {
        BootReport report = Rumpcfg.boot(BAD.getBytes(StandardCharsets.UTF_8), FakePlatform.withEchoBins(List.of("a")));

        assertThat(report.sourceName()).isEmpty();
        assertThat(report.bootOptions().asMap()).isEmpty();
        assertThat(report.renderedDiagnostics()).singleElement().asString().startsWith("config:2:14: error: hostname: ");
    }
}
