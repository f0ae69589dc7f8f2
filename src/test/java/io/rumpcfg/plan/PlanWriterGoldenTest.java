package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.RunMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each format of a few plans against files under src/test/resources/plan/. Run with
 * {@code -Dgolden.update=true} to rewrite the files after a deliberate change, then review
 * the diff.
 */
class PlanWriterGoldenTest {
    private static final Map<String, Supplier<Config>> CONFIGS = Map.of(
            "image-in-image", PlanWriterGoldenTest::imageInImage,
            "nfs-and-pipeline", PlanWriterGoldenTest::nfsAndPipeline,
            "secrets", PlanWriterGoldenTest::secrets);

    /** Mirrors /work/shared/examples/image-in-image.json, lines included. */
    static Config imageInImage() {
        return config()
                .line(3).vnd("vnd0", "/rootfs/images/data.iso")
                .line(6).blkMount("/data", "/dev/vnd0a")
                .line(7).blkMount("/rootfs", "/dev/ld0a")
                .line(9).rc("reader", "reader", "/data")
                .build();
    }

    /** Mirrors /work/shared/examples/nfs-and-pipeline.json, lines included. */
    static Config nfsAndPipeline() {
        return config()
                .line(4).iface("vioif0", "dhcp", "auto")
                .line(7).dns("192.0.2.53", "2001:db8::53")
                .line(10).nfs("/home", "files.example.net:/export/home")
                .line(14).rc("producer", RunMode.PIPE, Optional.empty(), "producer", "/home/in")
                .line(15).rc("filter", RunMode.PIPE, Optional.empty())
                .line(16).rc("consumer", RunMode.WAIT, Optional.of("/home"))
                .line(18).sysctl("kern.maxfiles", 4096)
                .build();
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
        for (String name : List.of("image-in-image", "nfs-and-pipeline", "secrets")) {
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

    private static String golden(String file) throws IOException {
        try (InputStream in = PlanWriterGoldenTest.class.getResourceAsStream("/plan/" + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
