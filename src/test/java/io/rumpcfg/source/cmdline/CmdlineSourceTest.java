package io.rumpcfg.source.cmdline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CmdlineSourceTest {
    private static final byte[] CONFIG = "{\"rc\":[]}".getBytes(StandardCharsets.UTF_8);

    @Mock
    Platform platform;

    private SourceResult read(String text) {
        return new CmdlineSource(text, Optional.of(platform)).read();
    }

    private static PlatformException fail(Errno errno) {
        return new PlatformException(errno, "test");
    }

    @Test
    void inlineJsonIsTheDeprecatedWay() {
        SourceResult r = read("console=com1 {\"rc\":[]}");
        assertThat(r.name()).isEqualTo("cmdline");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(CONFIG));
        assertThat(r.baseDir()).isEqualTo("/");
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("console", "com1"));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(SourceDiagnostics.LEGACY_CMDLINE);
        verifyNoMoreInteractions(platform);
    }

    @Test
    void noJsonIsNoConfig() {
        SourceResult r = read("console=com1 app");
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("console", "com1"));
    }

    @Test
    void rootfsConfigIsReadFromTheFirstDeviceThatMounts() throws Exception {
        when(platform.readFile("/rootfs/etc/rumprun.json", SourceResult.MAX_CONFIG_BYTES)).thenReturn(CONFIG);
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=/etc/rumprun.json verbose=1");
        InOrder order = inOrder(platform);
        order.verify(platform).mkdirs("/rootfs");
        order.verify(platform).mount("ffs", "/dev/ld0a", "/rootfs", Map.of());
        order.verify(platform).readFile("/rootfs/etc/rumprun.json", SourceResult.MAX_CONFIG_BYTES);
        verifyNoMoreInteractions(platform);
        assertThat(r.name()).isEqualTo("rootfs:/rootfs/etc/rumprun.json");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(CONFIG));
        assertThat(r.baseDir()).isEqualTo("/rootfs");
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("verbose", "1"));
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void rootfsTriesLd0aThenSd0aThenEtfsBlkfront() throws Exception {
        doThrow(fail(Errno.ENXIO)).when(platform).mount("ffs", "/dev/ld0a", "/rootfs", Map.of());
        doThrow(fail(Errno.ENXIO)).when(platform).mount("ffs", "/dev/sd0a", "/rootfs", Map.of());
        when(platform.readFile(anyString(), anyInt())).thenReturn(CONFIG);
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=cfg.json");
        InOrder order = inOrder(platform);
        order.verify(platform).mkdirs("/rootfs");
        order.verify(platform).mount("ffs", "/dev/ld0a", "/rootfs", Map.of());
        order.verify(platform).mount("ffs", "/dev/sd0a", "/rootfs", Map.of());
        order.verify(platform).etfsRegister("/dev/rootfs", "blkfront:sda1");
        order.verify(platform).mount("ffs", "/dev/rootfs", "/rootfs", Map.of());
        order.verify(platform).readFile("/rootfs/cfg.json", SourceResult.MAX_CONFIG_BYTES);
        verifyNoMoreInteractions(platform);
        assertThat(r.config()).isPresent();
    }

    @Test
    void noDeviceMountingIsAnErrorNamingEachTry() throws Exception {
        doThrow(fail(Errno.ENXIO)).when(platform).mount(eq("ffs"), anyString(), eq("/rootfs"), eq(Map.of()));
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=/cfg.json");
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "cannot mount the root file system at /rootfs for _RUMPRUN_ROOTFSCFG=/cfg.json: "
                        + "/dev/ld0a: ENXIO: test; /dev/sd0a: ENXIO: test; /dev/rootfs: ENXIO: test");
    }

    @Test
    void rootfsConfigOverTheLimitIsAnError() throws Exception {
        when(platform.readFile(anyString(), anyInt())).thenThrow(fail(Errno.E2BIG));
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=/cfg.json");
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("/rootfs/cfg.json is more than 65536 bytes, over the limit of 65536 bytes");
    }

    @Test
    void missingRootfsConfigIsAnError() throws Exception {
        when(platform.readFile(anyString(), anyInt())).thenThrow(fail(Errno.ENOENT));
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=/cfg.json");
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("cannot read /rootfs/cfg.json: ENOENT: test");
    }

    @Test
    void rootfsConfigWinsOverInlineJson() throws Exception {
        when(platform.readFile(anyString(), anyInt())).thenReturn(CONFIG);
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=/cfg.json {\"env\":{}}");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(CONFIG));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(CmdlineSource.INLINE_IGNORED);
    }

    @Test
    void rootfsConfigWithoutAPlatformIsAnError() {
        SourceResult r = new CmdlineSource("_RUMPRUN_ROOTFSCFG=/cfg.json", Optional.empty()).read();
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("_RUMPRUN_ROOTFSCFG=/cfg.json needs a platform to mount the root file system");
    }
}
