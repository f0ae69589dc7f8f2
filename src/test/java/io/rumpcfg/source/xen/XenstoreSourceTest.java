package io.rumpcfg.source.xen;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
    void noKeyIsNoConfig() {
        SourceResult r = read(Optional.empty());
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void noKeyFallsBackToTheStartInfoCommandLine() {
        SourceResult r = read(Optional.of("verbose=1 {\"rc\":[]}"));
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8("{\"rc\":[]}")));
        assertThat(r.bootOptions().asMap()).isEqualTo(Map.of("verbose", "1"));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(SourceDiagnostics.LEGACY_CMDLINE);
    }

    @Test
    void valueThatIsNotAnObjectIsAWarningAndNoConfig() {
        daemon.put(KEY, utf8("hello"));
        SourceResult r = read(Optional.empty());
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).isEqualTo(KEY + " is not a JSON object (it starts with byte 0x68); "
                    + "booting with no configuration");
        });
    }

    @Test
    void otherErrorReplyIsAnError() {
        daemon.misbehave(FakeXenstored.Misbehaviour.ERROR_EACCES);
        SourceResult r = read(Optional.empty());
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(XenDiagnostics.ERROR_REPLY);
            assertThat(d.message()).isEqualTo("reading " + KEY + ": xenstore answered EACCES");
        });
    }

    @Test
    void unreachableDaemonIsAnError() {
        SourceResult r = new XenstoreSource(5, XenstoreEndpoint.of(dir.resolve("none")), Duration.ofSeconds(1),
                Optional.empty()).read();
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(XenDiagnostics.UNREACHABLE);
    }
}
