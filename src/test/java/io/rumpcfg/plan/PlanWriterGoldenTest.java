package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Config;
import io.rumpcfg.parse.ConfigParser;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.parse.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each format of a few plans, two of them docs/examples' own, against files under
 * src/test/resources/plan/. Run with
 * {@code -Dgolden.update=true} to rewrite the files after a deliberate change, then review
 * the diff.
 */
class PlanWriterGoldenTest {
    private static final Map<String, Supplier<Config>> CONFIGS = Map.of(
            "image-in-image", () -> example("image-in-image"),
            "nfs-and-pipeline", () -> example("nfs-and-pipeline"),
            "secrets", PlanWriterGoldenTest::secrets);

    /** The example of docs/examples of that name, read as a user's document is. */
    static Config example(String name) {
        try {
            ParseResult read = ConfigParser.create(ParseOptions.DEFAULTS)
                    .parse(Files.readAllBytes(Path.of("docs", "examples", name + ".json")));
            assertThat(read.diagnostics()).as(name).isEmpty();
            return read.config().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Secret-looking env names, characters each graph syntax must escape, and no rc. */
    static Config secrets() {
        return config()
                .line(2).env("DB_PASSWORD", "hunter2")
                .line(3).env("api_key", "k-123")
                .line(4).env("GREETING", "say \"hi\" #1 <b> | & 100% `x` \\ end")
                .line(5).hostname("a-rather-long-host-name-for-a-unikernel.example.net")
                .line(6).tmpfs("/a/very/long/mount/point/that/does/not/fit/in/the/id/column")
                .line(7).tmpfs("/")
                .build();
    }

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : names()) {
            for (PlanFormat format : PlanFormat.values()) {
                cases.add(Arguments.of(name, format, false));
            }
        }
        for (PlanFormat format : PlanFormat.values()) {
            cases.add(Arguments.of("secrets", format, true));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} as {1}, reveal {2}")
    @MethodSource("cases")
    void rendersAsTheGoldenFileSays(String name, PlanFormat format, boolean reveal) throws IOException {
        Plan plan = Plans.planOf(CONFIGS.get(name).get());
        String file = name + (reveal ? "-revealed" : "") + "." + format.name().toLowerCase(Locale.ROOT);

        String rendered = PlanWriter.render(plan, format, reveal);

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/plan", file), rendered, StandardCharsets.UTF_8);
        }
        assertThat(rendered).isEqualTo(golden(file));
    }

    @ParameterizedTest(name = "{0} as text, why")
    @MethodSource("names")
    void rendersWhyAsTheGoldenFileSays(String name) throws IOException {
        Plan plan = Plans.planOf(CONFIGS.get(name).get());
        String file = name + "-why.text";

        String rendered = PlanWriter.render(plan, PlanFormat.TEXT, false, TextLayout.DEFAULT.withWhy(true));

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/plan", file), rendered, StandardCharsets.UTF_8);
        }
        assertThat(rendered).isEqualTo(golden(file));
    }

    static List<String> names() {
        return List.of("image-in-image", "nfs-and-pipeline", "secrets");
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = PlanWriterGoldenTest.class.getResourceAsStream("/plan/" + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
