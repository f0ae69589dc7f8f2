package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a command loads in a fresh JVM, where loading classes is most of its cost
 * (docs/performance.md, "Cold start"): a command that only checks starts no logging backend.
 */
class CliLoadingTest {
    @Test
    void validateStartsNoLoggingBackend() throws IOException, InterruptedException {
        String out = verboseClass("validate", "docs/examples/hw-webserver.json");

        assertThat(out).as("the command ran").contains("io.rumpcfg.cli.ValidateCommand").contains("io.rumpcfg.Rumpcfg ");
        assertThat(out).doesNotContain("ch.qos.logback").doesNotContain("org.slf4j.LoggerFactory");
    }

    @Test
    void aBootLogsThroughTheBackend() throws IOException, InterruptedException {
        String out = verboseClass("run", "docs/examples/hw-webserver.json");

        assertThat(out).contains("ch.qos.logback.classic.LoggerContext");
    }

    private static String verboseClass(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-verbose:class", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
