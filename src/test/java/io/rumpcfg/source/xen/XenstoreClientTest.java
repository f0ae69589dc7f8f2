package io.rumpcfg.source.xen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rumpcfg.source.xen.FakeXenstored.Misbehaviour;
import io.rumpcfg.source.xen.XenstoreException.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class XenstoreClientTest extends WithFakeXenstored {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private XenstoreClient connect(Duration timeout) throws XenstoreException {
        return XenstoreClient.connect(daemon.endpoint(), timeout);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aDaemonThatNeverTakesTheConnectionIsUnreachableWithinTheTimeout() throws Exception {
        try (StalledXenstored stalled = StalledXenstored.start(dir.resolve("stalled.sock"))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> XenstoreClient.connect(XenstoreEndpoint.of(stalled.socket()), Duration.ofMillis(300))))
                    .isInstanceOfSatisfying(XenstoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE))
                    .hasMessage("cannot connect to xenstore at " + stalled.socket() + ": no connection within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void readsAValue() throws Exception {
        daemon.put("/local/domain/5/rumprun/cfg", ascii("{\"rc\":[]}"));
        try (XenstoreClient c = connect(TIMEOUT)) {
            assertThat(c.read("/local/domain/5/rumprun/cfg")).isEqualTo(ascii("{\"rc\":[]}"));
        }
    }

    @Test
    void writesAValueAndReadsItBack() throws Exception {
        try (XenstoreClient c = connect(TIMEOUT)) {
            c.write("/a/b", ascii("v"));
            assertThat(c.read("/a/b")).isEqualTo(ascii("v"));
        }
        assertThat(daemon.get("/a/b")).isEqualTo(ascii("v"));
    }

    @Test
    void listsADirectory() throws Exception {
        daemon.put("/local/domain/5/rumprun/cfg", ascii("{}"));
        daemon.put("/local/domain/5/name", ascii("guest"));
        try (XenstoreClient c = connect(TIMEOUT)) {
            assertThat(c.directory("/local/domain/5")).containsExactly("name", "rumprun");
        }
    }

    @Test
    void numbersRequestsOneAfterAnother() throws Exception {
        daemon.put("/k", ascii("v"));
        try (XenstoreClient c = connect(TIMEOUT)) {
            c.read("/k");
            c.read("/k");
        }
        assertThat(daemon.received()).extracting(XenstoreWire.Message::reqId).containsExactly(0, 1);
    }

    @Test
    void missingKeyIsAnEnoentErrorReply() throws Exception {
        try (XenstoreClient c = connect(TIMEOUT)) {
            assertThatThrownBy(() -> c.read("/nope"))
                    .isInstanceOfSatisfying(XenstoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.ERROR_REPLY);
                        assertThat(e.errorName()).contains("ENOENT");
                    })
                    .hasMessage("xenstore answered ENOENT");
        }
    }

    @Test
    void errorReplyNamesTheError() throws Exception {
        daemon.misbehave(Misbehaviour.ERROR_EACCES);
        try (XenstoreClient c = connect(TIMEOUT)) {
            assertThatThrownBy(() -> c.write("/k", ascii("v")))
                    .isInstanceOfSatisfying(XenstoreException.class, e -> assertThat(e.errorName()).contains("EACCES"));
        }
    }

    @Test
    void replyForAnotherRequestIsAProtocolError() throws Exception {
        daemon.misbehave(Misbehaviour.WRONG_REQ_ID);
        try (XenstoreClient c = connect(TIMEOUT)) {
            assertThatThrownBy(() -> c.read("/k"))
                    .isInstanceOfSatisfying(XenstoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.PROTOCOL))
                    .hasMessage("reply is for request id 1, expected 0");
        }
    }

    @Test
    void oversizedReplyIsAProtocolError() throws Exception {
        daemon.misbehave(Misbehaviour.OVERSIZED);
        try (XenstoreClient c = connect(TIMEOUT)) {
            assertThatThrownBy(() -> c.read("/k"))
                    .isInstanceOfSatisfying(XenstoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.PROTOCOL))
                    .hasMessage("reply payload of 4097 bytes is over the xenstore limit of 4096 bytes");
        }
    }

    @Test
    void replyCutShortIsAProtocolError() throws Exception {
        daemon.misbehave(Misbehaviour.SHORT_READ);
        try (XenstoreClient c = connect(TIMEOUT)) {
            assertThatThrownBy(() -> c.read("/k"))
                    .isInstanceOfSatisfying(XenstoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.PROTOCOL))
                    .hasMessage("reply cut short: connection closed after 3 of 10 payload bytes");
        }
    }

    @Test
    void silentDaemonTimesOut() throws Exception {
        daemon.misbehave(Misbehaviour.SILENT);
        try (XenstoreClient c = connect(Duration.ofMillis(200))) {
            assertThatThrownBy(() -> c.read("/k"))
                    .isInstanceOfSatisfying(XenstoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT))
                    .hasMessage("no reply from xenstore at " + daemon.socket() + " within 200 ms");
            // the connection is dropped after a time-out
            assertThatThrownBy(() -> c.read("/k")).hasMessageContaining("is closed");
        }
    }

    @Test
    void noDaemonIsUnreachable() {
        Path missing = dir.resolve("none");
        assertThatThrownBy(() -> XenstoreClient.connect(XenstoreEndpoint.of(missing), TIMEOUT))
                .isInstanceOfSatisfying(XenstoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE))
                .hasMessageStartingWith("cannot connect to xenstore at " + missing + ": ");
    }

    @Test
    void writeOverThePayloadLimitIsRefusedUnsent() throws Exception {
        String path = "/local/domain/5/rumprun/cfg"; // 27 bytes + NUL
        try (XenstoreClient c = connect(TIMEOUT)) {
            assertThatThrownBy(() -> c.write(path, new byte[4096 - 28 + 1]))
                    .isInstanceOfSatisfying(XenstoreException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE))
                    .hasMessage("writing " + path + " takes a payload of 4097 bytes (path, NUL and config), "
                            + "over the xenstore limit of 4096 bytes");
            c.write(path, new byte[4096 - 28]);
        }
        assertThat(daemon.received()).hasSize(1);
    }
}
