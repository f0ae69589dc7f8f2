package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The library as a Java module: on the module path with jackson-core and slf4j-api alone (no
 * Commons CLI, logback or JUnit), it resolves, and a program that reads it checks a configuration.
 */
class ModulePathTest {
    @Test
    void theLibraryRunsOnTheModulePathWithItsTwoDependenciesAlone() throws IOException, InterruptedException {
        List<String> modulePath = new ArrayList<>();
        modulePath.add(Path.of("target/classes").toAbsolutePath().toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("jackson-core-") || name.startsWith("slf4j-api-")) {
                modulePath.add(entry);
            }
        }
        assertThat(modulePath).hasSize(3);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "io.rumpcfg", Path.of("src/test/resources/modulepath/Probe.java").toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(out).as(out).contains("io.rumpcfg valid 1");
        assertThat(p.exitValue()).isZero();
    }
}
