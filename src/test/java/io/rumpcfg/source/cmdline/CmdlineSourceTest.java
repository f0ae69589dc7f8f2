package io.rumpcfg.source.cmdline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import io.rumpcfg.model.Code;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV cell's \\n and \\0 as the characters they name. */
    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\0", "\0");
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
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_DEPRECATED_CMDLINE);
        verifyNoMoreInteractions(platform);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"console=com1 app", ""})
    void noBraceRunsEveryProgramWithArgvRumprun(String text) {
        // master lib/librumprun_base/config.c rumprun_config: no '{' warns and makes the one argv "rumprun"
        SourceResult r = read(text);
        assertThat(r.name()).isEqualTo("cmdline");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"cmdline\": \"rumprun\"}")));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.SOURCE_NOT_JSON);
            assertThat(d.message()).isEqualTo("the command line holds no \"{\": the original guest warns \"could not "
                    + "find start of json\" and runs every baked program with argv [\"rumprun\"], read here as "
                    + "{\"cmdline\": \"rumprun\"}");
        });
        verifyNoMoreInteractions(platform);
    }

    @Test
    void aNulEndsTheText() {
        // master lib/librumprun_base/config.c rumprun_config: the text is a C string, searched up to its NUL
        assertThat(read("console=com1\0{\"rc\":[]}").config())
                .hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(ConfigText.NO_JSON_START)));
        SourceResult r = read("{\"rc\":[]}\0_RUMPRUN_ROOTFSCFG=/cfg.json");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(CONFIG));
        verifyNoMoreInteractions(platform);
    }

    @Test
    void rootfsConfigIsReadFromTheFirstDeviceThatMounts() throws Exception {
        when(platform.readFile("/rootfs/etc/rumprun.json", SourceResult.MAX_CONFIG_BYTES)).thenReturn(CONFIG);
        SourceResult r = read("verbose=1 _RUMPRUN_ROOTFSCFG=/etc/rumprun.json");
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
                .containsExactly("/rootfs/cfg.json is more than 65536 bytes, over the limit maxDocumentBytes=65536");
    }

    @Test
    void missingRootfsConfigIsAnError() throws Exception {
        when(platform.readFile(anyString(), anyInt())).thenThrow(fail(Errno.ENOENT));
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=/cfg.json");
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("cannot read /rootfs/cfg.json: ENOENT: test");
    }

    @Test
    void rootfsConfigAfterInlineJsonWins() throws Exception {
        // master lib/librumprun_base/config.c rumprun_config: the root file system is looked at before any '{'
        when(platform.readFile(anyString(), anyInt())).thenReturn(CONFIG);
        SourceResult r = read("{\"env\":{}} _RUMPRUN_ROOTFSCFG=/cfg.json");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(CONFIG));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.CMDLINE_INLINE_IGNORED);
            assertThat(d.message()).isEqualTo("the JSON in the command line is ignored: _RUMPRUN_ROOTFSCFG=/cfg.json "
                    + "names the configuration to use");
        });
    }

    @Test
    void rootfsKeyInsideAJsonStringIsFoundAndNamesAFileThatRunsToTheEnd() {
        // master lib/librumprun_base/config.c rumprun_config_path: strstr over the whole text, name to its end
        SourceResult r = read("{\"cmdline\": \"app _RUMPRUN_ROOTFSCFG=/etc/app.json\"}");
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo(Code.CMDLINE_ROOTFS_NAME);
            assertThat(d.message()).isEqualTo("the command line holds _RUMPRUN_ROOTFSCFG=, and the original guest "
                    + "takes everything after the = to the end of the text as the file name: it would open "
                    + "/rootfs/etc/app.json followed by 2 more bytes (from a double quote on, not shown), and halts "
                    + "when it cannot; put _RUMPRUN_ROOTFSCFG=/path at the very end of the text");
        });
        verifyNoMoreInteractions(platform);
    }

    @Test
    void rootfsNameFollowedByInlineJsonIsAnErrorThatShowsNoneOfIt() {
        // master lib/librumprun_base/getcmdlinefromroot: opens everything after the '=', inline JSON included
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=/etc/guest.json {\"env\":{\"PASSWORD\":\"hunter2\"}}");
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.CMDLINE_ROOTFS_NAME);
            assertThat(d.message()).contains("it would open /rootfs/etc/guest.json followed by 31 more bytes "
                    + "(from a blank on, not shown)").doesNotContain("hunter2").doesNotContain("PASSWORD");
        });
        verifyNoMoreInteractions(platform);
    }

    @Test
    void aC1ControlCharacterEndsTheRootfsPathShownAndIsNotShown() {
        // U+009B, CSI to a terminal that takes C1 controls: the path shown stops before it.
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=/etc/a\u009b2Jb.json");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.CMDLINE_ROOTFS_NAME);
            assertThat(d.message()).contains("it would open /rootfs/etc/a followed by 10 more bytes (from a control "
                    + "character on, not shown)").doesNotContain("\u009b");
        });
        verifyNoMoreInteractions(platform);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"app _RUMPRUN_ROOTFSCFG=", "_RUMPRUN_ROOTFSCFG=//"})
    void rootfsKeyWithNoNameIsAnError(String text) {
        // master lib/librumprun_base/config.c getcmdlinefromroot: an empty name fails to open, and errx halts
        SourceResult r = read(text);
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.CMDLINE_ROOTFS_NAME);
            assertThat(d.message()).isEqualTo("the command line ends with _RUMPRUN_ROOTFSCFG= and no file name after "
                    + "it: the original guest opens an empty name on the root file system, fails and halts");
        });
        verifyNoMoreInteractions(platform);
    }

    @Test
    void everyLeadingSlashOfTheRootfsNameIsDropped() throws Exception {
        // master lib/librumprun_base/config.c getcmdlinefromroot: while (*cfgname == '/') cfgname++
        when(platform.readFile("/rootfs/etc//a.json", SourceResult.MAX_CONFIG_BYTES)).thenReturn(CONFIG);
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=///etc//a.json");
        assertThat(r.name()).isEqualTo("rootfs:/rootfs/etc//a.json");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(CONFIG));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "# made by hand\\n{\"rc\":[]}  | {\"rc\":[]}",
        "'\\n  {\"rc\":[]}'            | '\\n  {\"rc\":[]}'",
        "{\"rc\":[]}\\0junk             | {\"rc\":[]}",
        "no json here                   | {\"cmdline\": \"rumprun\"}",
    })
    void theRootfsFileIsReadFromItsFirstBraceToItsFirstNul(String file, String config) throws Exception {
        // master lib/librumprun_base/config.c rumprun_config: the file's text replaces the command line's
        when(platform.readFile(anyString(), anyInt())).thenReturn(utf8(unescape(file)));
        SourceResult r = read("_RUMPRUN_ROOTFSCFG=/cfg.json");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(new String(c, StandardCharsets.UTF_8))
                .isEqualTo(unescape(config)));
        assertThat(r.baseDir()).isEqualTo("/rootfs");
        Code[] codes = config.startsWith("{\"cmdline") ? new Code[] {Code.SOURCE_NOT_JSON} : new Code[0];
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(codes);
    }

    @Test
    void rootfsConfigWithoutAPlatformIsAnError() {
        SourceResult r = new CmdlineSource("_RUMPRUN_ROOTFSCFG=/cfg.json", Optional.empty()).read();
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("_RUMPRUN_ROOTFSCFG=/cfg.json needs a platform to mount the root file system");
    }
}
