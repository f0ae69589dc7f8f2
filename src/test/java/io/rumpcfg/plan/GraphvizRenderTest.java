package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rumpcfg.model.Config;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Graphviz's {@code dot} draws every dot plan without a warning, the box around the
 * configuration and the one arrow from it included. Skipped where Graphviz is missing, except in
 * CI (CI=true), which installs it.
 */
class GraphvizRenderTest {
    private static final String ONCE = "programs start after configuration";

    private static Path dot() {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, "dot");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("dot is not installed; CI must install the Debian package graphviz");
        }
        assumeTrue(false, "dot is not installed (Debian package graphviz)");
        throw new AssertionError("unreachable");
    }

    static List<Arguments> plans() {
        List<Arguments> plans = new ArrayList<>();
        plans.add(Arguments.of("image-in-image", (Supplier<Config>) () -> PlanWriterGoldenTest.example("image-in-image"), 1));
        plans.add(Arguments.of("nfs-and-pipeline", (Supplier<Config>) () -> PlanWriterGoldenTest.example("nfs-and-pipeline"), 1));
        plans.add(Arguments.of("secrets (no programs)", (Supplier<Config>) PlanWriterGoldenTest::secrets, 0));
        plans.add(Arguments.of("fifty variables", (Supplier<Config>) () -> {
            ConfigBuilder builder = config();
            for (int i = 0; i < 50; i++) {
                builder.env("VAR" + i, "v");
            }
            return builder.rc("app", "app").rc("tool", "tool").build();
        }, 1));
        return plans;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void dotDrawsThePlanWithoutAWarning(String name, Supplier<Config> config, int afterConfiguration)
            throws IOException, InterruptedException {
        String graph = PlanWriter.render(Plans.planOf(config.get()), PlanFormat.DOT, false);

        Process p = new ProcessBuilder(dot().toString(), "-Tplain").start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(graph.getBytes(StandardCharsets.UTF_8));
        }
        String plain = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String warnings = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(warnings).isZero();
        assertThat(warnings).as(graph).isEmpty();
        long edgesAfterConfiguration = plain.lines()
                .filter(line -> line.startsWith("edge ") && line.contains(ONCE)).count();
        assertThat(edgesAfterConfiguration).isEqualTo(afterConfiguration);
    }
}
