package io.rumpcfg.source.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.source.SourceContext;
import io.rumpcfg.source.SourceResult;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.cmdline.CmdlineSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmdlineFileSourceTest {
    @TempDir
    Path dir;

    private SourceResult read(byte[] file) throws Exception {
        Path path = Files.write(dir.resolve("cmdline"), file);
        SourceSpec spec = Sources.parse("cmdline-file:" + path).spec().orElseThrow();
        assertThat(spec).isEqualTo(new SourceSpec.CmdlineFile(path));
        return spec.open(SourceContext.DEFAULTS).read();
    }

    private static byte[] bytes(String ascii, int... more) {
        byte[] head = ascii.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = java.util.Arrays.copyOf(head, head.length + more.length);
        for (int i = 0; i < more.length; i++) {
            out[head.length + i] = (byte) more[i];
        }
        return out;
    }

    @Test
    void bytesThatAreNotUtf8ReachTheDocumentAsTheyAre() throws Exception {
        // cmdline:TEXT would carry U+FFFD here, decoded from argv by the JVM: a different document.
        SourceResult r = read(bytes("app.bin console=com1 {\"hostname\": \"a", 0xff, '"', '}'));
        assertThat(r.name()).isEqualTo(dir.resolve("cmdline").toString());
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(bytes("{\"hostname\": \"a", 0xff, '"', '}')));
        assertThat(r.bootOptions().asMap()).containsExactly(Map.entry("console", "com1"));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_DEPRECATED_CMDLINE);
    }

    @Test
    void aNulEndsTheTextAsItEndsTheGuestsCString() throws Exception {
        SourceResult r = read(bytes("{\"a\": 1}", 0, 'x', '{'));
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(bytes("{\"a\": 1}")));
    }

    @Test
    void oneLineFeedAtTheEndIsTheFilesNotTheCommandLines() throws Exception {
        // Without a platform the rootfs key is an error of its own, not a name with a line break in it.
        SourceResult r = read(bytes("_RUMPRUN_ROOTFSCFG=/cfg.json\n"));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("_RUMPRUN_ROOTFSCFG=/cfg.json needs a platform to mount the root file system"));
        SourceResult two = read(bytes("_RUMPRUN_ROOTFSCFG=/cfg.json\n\n"));
        assertThat(two.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.CMDLINE_ROOTFS_NAME);
    }

    @Test
    void aMissingFileIsUnreadable() {
        SourceSpec spec = Sources.parse("cmdline-file:" + dir.resolve("none")).spec().orElseThrow();
        assertThat(spec.open(SourceContext.DEFAULTS).read().diagnostics()).extracting(Diagnostic::code)
                .containsExactly(Code.SOURCE_UNREADABLE);
    }
}
