package io.rumpcfg.source.xen;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.cmdline.ConfigText;
import io.rumpcfg.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XenstoreSourceTest extends WithFakeXenstored {
    private static final String KEY = "/local/domain/5/rumprun/cfg";

    private SourceResult read(Optional<String> startInfo) {
        return new XenstoreSource(5, daemon.endpoint(), Duration.ofSeconds(5), startInfo).read();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheDomainsKey() {
        daemon.put(KEY, utf8("{\"env\":{\"A\":\"1\"}}"));
        SourceResult r = read(Optional.of("console=hvc0"));
        assertThat(r.name()).isEqualTo("xenstore:/local/domain/5/rumprun/cfg");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"env\":{\"A\":\"1\"}}")));
        assertThat(r.baseDir()).isEqualTo("/");
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("console", "hvc0"));
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void noKeyAndNoStartInfoGivenReadsAnEmptyCommandLine() {
        // master platform/xen/init.c app_main: no rumprun/cfg falls back to si->cmd_line, empty without extra=
        SourceResult r = read(Optional.empty());
        assertThat(r.name()).isEqualTo("xen start_info cmdline");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(ConfigText.NO_JSON_START)));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.SOURCE_NOT_JSON);
            assertThat(d.message()).startsWith("the start_info command line (none given, so taken as empty) "
                    + "holds no \"{\"");
        });
    }

    @Test
    void noKeyFallsBackToTheStartInfoCommandLine() {
        SourceResult r = read(Optional.of("verbose=1 {\"rc\":[]}"));
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"rc\":[]}")));
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("verbose", "1"));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_DEPRECATED_CMDLINE);
    }

    @Test
    void valueWithNoBraceRunsEveryProgramWithArgvRumprun() {
        // master lib/librumprun_base/config.c rumprun_config: no '{' warns and makes the one argv "rumprun"
        daemon.put(KEY, utf8("hello"));
        SourceResult r = read(Optional.empty());
        assertThat(r.name()).isEqualTo("xenstore:" + KEY);
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(ConfigText.NO_JSON_START)));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).isEqualTo(KEY + " holds no \"{\": the original guest warns \"could not find start "
                    + "of json\" and runs every baked program with argv [\"rumprun\"], read here as "
                    + "{\"cmdline\": \"rumprun\"}");
        });
    }

    @Test
    void anEmptyValueIsUsedRatherThanTheStartInfoCommandLine() {
        // master platform/xen/init.c app_main: only a failed read (NULL) falls back to si->cmd_line
        daemon.put(KEY, new byte[0]);
        SourceResult r = read(Optional.of("{\"rc\":[]}"));
        assertThat(r.name()).isEqualTo("xenstore:" + KEY);
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(ConfigText.NO_JSON_START)));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_NOT_JSON);
    }

    @Test
    void aNulInsideTheValueEndsTheText() {
        // master platform/xen/xen/xenbus/xenbus.c xenbus_read NUL-terminates; config.c reads up to the first NUL
        daemon.put(KEY, utf8("{\"rc\":[]}\0{\"more\":1}\0"));
        assertThat(read(Optional.empty()).config())
                .hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"rc\":[]}")));
    }

    @Test
    void textBeforeTheValuesFirstBraceIsSkipped() {
        // master lib/librumprun_base/config.c rumprun_config: everything before the first '{' is skipped
        daemon.put(KEY, utf8("cfg={\"rc\":[]}"));
        assertThat(read(Optional.empty()).config())
                .hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"rc\":[]}")));
    }

    @Test
    void aValueNamingARootfsConfigIsReadFromTheRootFileSystem() {
        // master lib/librumprun_base/config.c rumprun_config_path: the xenstore text is searched like a command line
        daemon.put(KEY, utf8("_RUMPRUN_ROOTFSCFG=/json.cfg"));
        FakePlatform platform = FakePlatform.builder()
                .device("/dev/ld0a", "ffs")
                .file("/rootfs/json.cfg", utf8("{\"rc\":[]}"))
                .build();
        SourceResult r = new XenstoreSource(5, daemon.endpoint(), Duration.ofSeconds(5), Optional.empty(),
                Optional.of(platform)).read();
        assertThat(r.name()).isEqualTo("rootfs:/rootfs/json.cfg");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"rc\":[]}")));
        assertThat(r.baseDir()).isEqualTo("/rootfs");
    }

    @ParameterizedTest
    @CsvSource({"1023, 0", "1024, 1", "3000, 1"})
    void aStartInfoCommandLineOver1023BytesIsReadCutThere(int size, int cut) {
        // master platform/xen/init.c app_main reads si->cmd_line: MAX_GUEST_CMDLINE 1024, NUL-ended by Xen's xc_dom
        String given = "verbose=1 {\"rc\":[]}" + " ".repeat(size - 19);
        SourceResult r = read(Optional.of(given));
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(given.substring(10, 1023))));
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("verbose", "1"));
        if (cut == 0) {
            assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_DEPRECATED_CMDLINE);
        } else {
            assertThat(r.diagnostics()).extracting(Diagnostic::code)
                    .containsExactly(Code.XEN_CMDLINE_CUT, Code.SOURCE_DEPRECATED_CMDLINE);
            assertThat(r.diagnostics().get(0).message()).isEqualTo("the start_info command line is " + size
                    + " bytes; Xen keeps only the first 1023 (its 1024-byte field ends in a NUL), so it is read as "
                    + "the guest gets it, cut there");
        }
    }

    @Test
    void otherErrorReplyIsAnError() {
        daemon.misbehave(FakeXenstored.Misbehaviour.ERROR_EACCES);
        SourceResult r = read(Optional.empty());
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.XEN_ERROR_REPLY);
            assertThat(d.message()).isEqualTo("reading " + KEY + ": xenstore answered EACCES");
        });
    }

    @Test
    void anErrorNameWithControlCharactersIsQuotedWithThemEscaped() {
        daemon.misbehave(FakeXenstored.Misbehaviour.ERROR_WITH_CONTROLS);
        SourceResult r = read(Optional.empty());
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.XEN_ERROR_REPLY);
            assertThat(d.message()).isEqualTo("reading " + KEY + ": xenstore answered "
                    + "\"\\u001b[2K\\u000dEINVAL\\u000arumpcfg: fake line injected\\u0007\"");
        });
    }

    @Test
    void unreachableDaemonIsAnError() {
        SourceResult r = new XenstoreSource(5, XenstoreEndpoint.of(dir.resolve("none")), Duration.ofSeconds(1),
                Optional.empty()).read();
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.XEN_UNREACHABLE);
    }
}
