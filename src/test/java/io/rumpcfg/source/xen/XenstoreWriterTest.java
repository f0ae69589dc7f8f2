package io.rumpcfg.source.xen;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.xen.XenstoreWriter.Result;
import io.rumpcfg.source.xen.XenstoreWriter.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XenstoreWriterTest extends WithFakeXenstored {

    private Result write(int domid, byte[] config) {
        return new XenstoreWriter(daemon.endpoint(), Duration.ofSeconds(5)).write(domid, config);
    }

    private static byte[] object(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) ' ');
        b[0] = '{';
        b[size - 1] = '}';
        return b;
    }

    @Test
    void writesTheConfigBytesUnchanged() {
        byte[] config = "{\"env\":{\"Q\":\"a\\\"b\\\\c\"}}".getBytes(StandardCharsets.UTF_8);
        Result r = write(7, config);
        assertThat(r.status()).isEqualTo(Status.WRITTEN);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(daemon.get("/local/domain/7/rumprun/cfg")).isEqualTo(config);
    }

    @Test
    void refusesAConfigOverThePayloadLimitWithoutConnecting() {
        // "/local/domain/7/rumprun/cfg" is 27 bytes, so 4096 - 28 bytes of config is the most that fits
        Result r = write(7, object(4096 - 28 + 1));
        assertThat(r.status()).isEqualTo(Status.REFUSED);
        assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .extracting(Diagnostic::message).isEqualTo("writing /local/domain/7/rumprun/cfg takes a payload of "
                        + "4097 bytes (path, NUL and config), over the xenstore limit of 4096 bytes");
        assertThat(daemon.received()).isEmpty();
    }

    @Test
    void writesAConfigOverTheQuotaWithAWarning() {
        Result r = write(7, object(2049));
        assertThat(r.status()).isEqualTo(Status.WRITTEN);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.code()).isEqualTo(Code.XEN_OVER_QUOTA);
        });
    }

    @Test
    void writerForAnExplicitSocketUsesIt() {
        Result r = XenstoreWriter.forSocket(Optional.of(daemon.socket())).write(3, object(2));
        assertThat(r.status()).isEqualTo(Status.WRITTEN);
        assertThat(daemon.get("/local/domain/3/rumprun/cfg")).isEqualTo(object(2));
    }

    @Test
    void unreachableDaemonHasItsOwnStatus() {
        Result r = new XenstoreWriter(XenstoreEndpoint.of(dir.resolve("none")), Duration.ofSeconds(1))
                .write(7, object(2));
        assertThat(r.status()).isEqualTo(Status.UNREACHABLE);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.XEN_UNREACHABLE);
    }

    @Test
    void errorReplyIsAFailedWrite() {
        daemon.misbehave(FakeXenstored.Misbehaviour.ERROR_EACCES);
        Result r = write(7, object(2));
        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("writing /local/domain/7/rumprun/cfg: xenstore answered EACCES");
    }
}
