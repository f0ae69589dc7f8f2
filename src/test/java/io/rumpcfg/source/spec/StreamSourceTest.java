package io.rumpcfg.source.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.source.SourceContext;
import io.rumpcfg.source.SourceResult;

import io.rumpcfg.model.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamSourceTest {
    @TempDir
    Path dir;

    @Test
    void readsAFile() throws Exception {
        Path f = Files.writeString(dir.resolve("c.json"), "{\"rc\":[]}");
        SourceResult r = new SourceSpec.File(f).open(SourceContext.DEFAULTS).read();
        assertThat(r.name()).isEqualTo(f.toString());
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(new String(c, StandardCharsets.UTF_8)).isEqualTo("{\"rc\":[]}"));
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void fileAtTheLimitIsRead() throws Exception {
        Path f = Files.write(dir.resolve("c.json"), new byte[SourceResult.MAX_CONFIG_BYTES]);
        assertThat(new SourceSpec.File(f).open(SourceContext.DEFAULTS).read().config()).isPresent();
    }

    @Test
    void fileOverTheLimitIsAnError() throws Exception {
        Path f = Files.write(dir.resolve("c.json"), new byte[SourceResult.MAX_CONFIG_BYTES + 1]);
        SourceResult r = new SourceSpec.File(f).open(SourceContext.DEFAULTS).read();
        assertThat(r.config()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("the configuration is more than 65536 bytes, over the limit maxDocumentBytes=65536");
    }

    @Test
    void stopsReadingJustPastTheLimit() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return ' ';
            }
        };
        SourceResult r = new SourceSpec.Stdin().open(SourceContext.DEFAULTS.withStdin(() -> endless)).read();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.SOURCE_TOO_LARGE);
        assertThat(served.get()).isEqualTo(SourceResult.MAX_CONFIG_BYTES + 1);
    }

    @Test
    void readsStandardInput() {
        InputStream in = new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8));
        SourceResult r = new SourceSpec.Stdin().open(SourceContext.DEFAULTS.withStdin(() -> in)).read();
        assertThat(r.name()).isEqualTo("<stdin>");
        assertThat(r.config()).hasValueSatisfying(c -> assertThat(c).containsExactly('{', '}'));
    }

    @Test
    void missingFileIsAnError() {
        Path f = dir.resolve("none.json");
        SourceResult r = new SourceSpec.File(f).open(SourceContext.DEFAULTS).read();
        assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly("cannot read " + f + ": no such file");
    }
}
