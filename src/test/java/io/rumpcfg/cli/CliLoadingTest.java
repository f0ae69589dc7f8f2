package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a command loads in a fresh JVM, where loading classes is most of its cost
 * (docs/performance.md, "Cold start"): a command that only checks starts no logging backend,
 * a run starts logback configured in code, and no command makes a lambda of ours or a stream
 * on its way (the first of either links the JDK's method-handle machinery, 8-15 ms of a cold
 * start).
 */
class CliLoadingTest {
    static Stream<List<String>> commands() {
        String config = "src/main/cds/training.json";
        return Stream.of(
                List.of("validate", config),
                List.of("validate", "--format", "json", config),
                List.of("validate", "--format", "sarif", "--strict", "--target", "hw", config),
                List.of("plan", config),
                List.of("plan", "--format", "json", config),
                List.of("plan", "--format", "dot", config),
                List.of("plan", "--format", "mermaid", config),
                List.of("plan", "--format", "sarif", config),
                List.of("plan", "--why", config),
                List.of("run", config),
                List.of("convert", config),
                List.of("convert", "--to", "older", "--lossy", config),
                List.of("convert", "src/main/cds/training-older.json"),
                List.of("schema"),
                List.of("--help"),
                List.of("validate", "--help"),
                List.of("--version"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void noCommandMakesALambdaOfOursOrAStream(List<String> args) throws IOException, InterruptedException {
        String out = verboseClass(args.toArray(String[]::new));

        List<String> found = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.contains("io.rumpcfg.") && line.contains("$$Lambda") || line.contains(" java.util.stream.")) {
                found.add(line);
            }
        }
        assertThat(found).as("lambdas of ours and stream classes loaded").isEmpty();
    }
    @Test
    void validateStartsNoLoggingBackend() throws IOException, InterruptedException {
        String out = verboseClass("validate", "docs/examples/hw-webserver.json");

        assertThat(out).as("the command ran").contains("io.rumpcfg.cli.ValidateCommand").contains("io.rumpcfg.Rumpcfg ");
        assertThat(out).doesNotContain("ch.qos.logback").doesNotContain("org.slf4j.LoggerFactory");
    }

    @Test
    void aBootLogsThroughTheBackend() throws IOException, InterruptedException {
        String out = verboseClass("run", "docs/examples/hw-webserver.json");

        assertThat(out).contains("ch.qos.logback.classic.LoggerContext").contains("io.rumpcfg.cli.CliLogging ");
        // logback's own start (its configurators, configuration files and status messages) is not run.
        assertThat(out).doesNotContain("ch.qos.logback.classic.util.ContextInitializer")
                .doesNotContain("ch.qos.logback.classic.joran");
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
