package io.rumpcfg.source.xen;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.BootSettings;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Xen guest boots from its xenstore key, end to end, after the host wrote it with xen-write's writer. */
class BootFromXenstoreTest {
    @TempDir
    Path dir;

    @Test
    void hostWritesTheKeyAndTheGuestBootsFromIt() throws Exception {
        String config = "{\"net\": {\"interfaces\": {\"xenif0\": {\"create\": true,"
                + " \"addrs\": [{\"type\": \"inet\", \"method\": \"static\", \"addr\": \"10.0.0.2/24\"}]}}},"
                + " \"env\": {\"QUOTE\": \"a\\\"b\"}, \"rc\": [{\"bin\": \"app\"}]}";
        try (FakeXenstored xenstored = FakeXenstored.start(dir)) {
            XenstoreEndpoint endpoint = XenstoreEndpoint.of(xenstored.socket());
            XenstoreWriter.Result written = new XenstoreWriter(endpoint, Duration.ofSeconds(5))
                    .write(5, config.getBytes(StandardCharsets.UTF_8));
            assertThat(written.status()).isEqualTo(XenstoreWriter.Status.WRITTEN);
            FakePlatform platform = FakePlatform.withEchoBins(List.of("app"));

            BootReport report = Rumpcfg.boot(new XenstoreSource(5, endpoint, Duration.ofSeconds(5), Optional.empty()),
                    platform, BootSettings.DEFAULTS);

            assertThat(report.succeeded()).as(report.stepLines().toString()).isTrue();
            assertThat(report.stepLines()).containsExactly("applied env:QUOTE", "applied net.if:xenif0", "applied rc:0");
            assertThat(platform.environment()).containsEntry("QUOTE", "a\"b");
            assertThat(platform.interfaces()).singleElement().satisfies(i -> assertThat(i.toString()).contains("xenif0"));
        }
    }

    @Test
    void noKeyAndAnEmptyCommandLineRunEveryBakedBinaryWithArgvRumprun() throws Exception {
        // master lib/librumprun_base/config.c rumprun_config: no '{' in the empty text gives the argv "rumprun"
        try (FakeXenstored xenstored = FakeXenstored.start(dir)) {
            FakePlatform platform = FakePlatform.withEchoBins(List.of("first", "second"));

            BootReport report = Rumpcfg.boot(new XenstoreSource(9, XenstoreEndpoint.of(xenstored.socket()),
                    Duration.ofSeconds(5), Optional.empty()), platform, BootSettings.DEFAULTS);

            assertThat(report.succeeded()).isTrue();
            assertThat(report.stepLines()).containsExactly("applied rc:0", "applied rc:1");
            assertThat(platform.programs()).extracting(p -> p.bin()).containsExactly("first", "second");
            assertThat(platform.programs()).allSatisfy(p -> assertThat(p.argv()).containsExactly("rumprun"));
        }
    }
}
