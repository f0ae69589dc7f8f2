package io.rumpcfg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.BootSettings;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.testing.FakePlatform;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is applied from an invalid configuration: each document in hostile/invalid is
 * rejected before the platform is asked to do anything. {@link Rumpcfg#boot} asks the platform
 * for its baked binaries first (rc names are checked against them), and that is the only call.
 */
class ValidateBeforeApplyTest {
    static Stream<Path> invalidDocuments() throws IOException, URISyntaxException {
        Path dir = Path.of(ValidateBeforeApplyTest.class.getResource("/hostile/invalid").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.sorted().toList();
            assertThat(sorted).hasSizeGreaterThanOrEqualTo(15);
            return sorted.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void anInvalidDocumentMakesNoPlatformCallButAskingForTheBinaries(Path document) throws IOException {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("app"));

        BootReport report = Rumpcfg.boot(Files.readAllBytes(document), fake, BootSettings.DEFAULTS);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(report.diagnostics()).anyMatch(d -> d.isError());
        assertThat(report.applied()).isEmpty();
        assertThat(fake.calls()).containsExactly("bakedBinaries");
        assertThat(fake.environment()).isEmpty();
        assertThat(fake.mounts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void givenTheBinariesAnInvalidDocumentMakesNoPlatformCallAtAll(Path document) throws IOException {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("app"));
        BootSettings settings = BootSettings.DEFAULTS.withParse(ParseOptions.DEFAULTS.withBins(List.of("app")));

        BootReport report = Rumpcfg.boot(Files.readAllBytes(document), fake, settings);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(fake.calls()).isEmpty();
    }
}
