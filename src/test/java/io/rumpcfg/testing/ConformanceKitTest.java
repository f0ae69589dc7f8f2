package io.rumpcfg.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The vectors ship in the jar, indexed; the kit fails a platform that breaks one of their assumptions. */
class ConformanceKitTest {
    private static final Path DIRECTORY = Path.of("src/main/resources" + ConformanceVector.RESOURCE_DIRECTORY);

    @Test
    void theIndexListsEveryVectorFileAndNothingElse() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(DIRECTORY)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        List<String> index = Files.readAllLines(DIRECTORY.resolve("vectors.txt")).stream()
                .filter(l -> !l.isBlank()).map(String::strip).sorted().toList();
        assertThat(index).as("vectors.txt (regenerate: ls *.json | sort > vectors.txt)").isEqualTo(files);
        assertThat(ConformanceVector.all()).extracting(ConformanceVector::name)
                .containsExactlyElementsOf(files.stream().map(f -> f.substring(0, f.length() - 5)).toList());
    }

    @Test
    void aVectorSaysHowItsPlatformIsSetUp() {
        ConformanceVector v = ConformanceVector.named("rc-failing-foreground-stops");
        assertThat(v.bins()).contains(List.of("migrate", "serve"));
        assertThat(v.exitStatus("migrate")).isEqualTo(3);
        assertThat(v.exitStatus("serve")).isZero();
        assertThat(v.boots()).isTrue();
        assertThat(v.rule()).isEqualTo("rc");
        assertThat(ConformanceVector.named("mount-blk-fallback-cd9660.json").devices()).containsEntry("/dev/cd0a", "cd9660");
        assertThat(v.source().toString()).isEqualTo("classpath:/io/rumpcfg/testing/conformance/rc-failing-foreground-stops.json");
    }

    /** A platform that needs a vnd backing file to exist, as a real one might, fails the vectors that assume otherwise. */
    @Test
    void aPlatformThatRefusesAMissingBackingFileFailsTheVndVector() {
        ConformanceKit kit = new ConformanceKit() {
            @Override
            protected Platform newPlatform(ConformanceVector vector) {
                return FakePlatform.builder().failCall("vndConfigure", Errno.ENOENT).build();
            }

            @Override
            protected PlatformState stateOf(Platform platform) {
                return PlatformState.of((FakePlatform) platform);
            }
        };
        assertThatThrownBy(() -> kit.check(ConformanceVector.named("blk-etfs-and-vnd")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("conformance vector blk-etfs-and-vnd (blk:")
                .hasMessageContaining("state.outcome\n    expected: \"succeeded\"\n    found:    \"failed\"")
                .hasMessageContaining("state.devices")
                .hasMessageContaining("FAILED blk:vnd0");
    }

    @Test
    void aPartThePlatformDoesNotObserveIsNotCompared() throws Exception {
        kitObserving(new PlatformState()).check(ConformanceVector.named("blk-etfs-and-vnd"));
        ConformanceKit wrongFiles = kitObserving(new PlatformState().files(Map.of("/etc/resolv.conf", "nameserver 192.0.2.99\n")));
        assertThatThrownBy(() -> wrongFiles.check(ConformanceVector.named("net-full")))
                .hasMessageContaining("state.files")
                .hasMessageNotContaining("state.devices");
    }

    /** A kit booting on the vector's fake platform that reports {@code observed}, whatever the boot did. */
    private static ConformanceKit kitObserving(PlatformState observed) {
        return new ConformanceKit() {
            @Override
            protected Platform newPlatform(ConformanceVector vector) {
                return vector.fakePlatform();
            }

            @Override
            protected PlatformState stateOf(Platform platform) {
                return observed;
            }
        };
    }
}
