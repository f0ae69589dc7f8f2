package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@link Rumpcfg#boot} does before the configuration is read. */
class RumpcfgBootTest {
    @Test
    void platformThatCannotListItsBinariesGetsNothingApplied() throws Exception {
        Platform platform = mock(Platform.class);
        when(platform.bakedBinaries()).thenThrow(new PlatformException(Errno.EIO, "bake table unreadable"));

        BootReport report = Rumpcfg.boot("{}".getBytes(StandardCharsets.UTF_8), platform, BootSettings.DEFAULTS);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(report.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.BOOT_PLATFORM_BINS);
            assertThat(d.message()).isEqualTo("cannot ask the platform for its baked binaries: EIO: bake table unreadable");
            assertThat(d.isError()).isTrue();
        });
        assertThat(report.applied()).isEmpty();
        verify(platform).bakedBinaries();
        verifyNoMoreInteractions(platform);
    }

    @Test
    void rejectedReportHasNoStepsAndKeepsTheDiagnostics() {
        Diagnostic error = Diagnostic.error(Code.SYNTAX, io.rumpcfg.model.Origin.SYNTHETIC, "bad");

        BootReport report = BootReport.rejected(java.util.List.of(error));

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(report.diagnostics()).containsExactly(error);
        assertThat(report.applied()).isEmpty();
        assertThat(report.notRun()).isEmpty();
        assertThat(report.failed()).isEmpty();
    }
}
