package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A document of the current format is read without loading any class of the older format's
 * reader: telling the formats apart rules out the current shapes first. Class loading is most
 * of a first check's cost in a fresh JVM (docs/performance.md, "The first call in a fresh JVM").
 */
class OlderReaderLoadingTest {
    @Test
    void checkingACurrentDocumentLoadsNoClassOfTheOlderReader() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                Path.of("src/test/resources/modulepath/Probe.java").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).as("the probe ran").contains("valid 1").contains("io.rumpcfg.parse.RootReader");
        assertThat(out).doesNotContain("io.rumpcfg.parse.Master").doesNotContain("io.rumpcfg.parse.JsmnTokens");
    }
}
