package io.rumpcfg.source.xen;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Fuzzes the decoding of xenstore replies: the fuzz data is what a hostile daemon sends back
 * (header, payload, or less), read by the real client over an in-memory channel. A read or a
 * directory listing either succeeds or fails with a {@link XenstoreException}; nothing else
 * escapes, no reply makes the client allocate more than the 4096-byte payload limit, and no
 * control character the daemon sends reaches the exception's message raw.
 */
class XenstoreReplyFuzzTest {
    private static final XenstoreEndpoint ENDPOINT = XenstoreEndpoint.of(Path.of("/fuzz/xenstored"));

    static {
        // Load (and instrument) the client before the first input is timed.
        try (XenstoreClient client = new XenstoreClient(new Replies(new byte[0]), ENDPOINT, Duration.ofSeconds(1))) {
            client.read("/warm-up");
        } catch (XenstoreException expected) {
            // An empty reply is a cut-short one: that is the point.
        }
    }

    @FuzzTest
    void replyIsAValueOrAXenstoreException(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The entry point Jazzer's own driver calls when -Pfuzz fuzzes this target. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        boolean directory = data.consumeBoolean();
        Replies replies = new Replies(data.consumeRemainingAsBytes());
        try (XenstoreClient client = new XenstoreClient(replies, ENDPOINT, Duration.ofSeconds(1))) {
            if (directory) {
                client.directory("/local/domain/0/rumprun");
            } else {
                byte[] value = client.read("/local/domain/0/rumprun/cfg");
                if (value.length > XenstoreWire.MAX_PAYLOAD) {
                    throw new IllegalStateException("a value over the payload limit: " + value.length);
                }
            }
        } catch (XenstoreException e) {
            if (e.getMessage() == null || e.getMessage().isEmpty()) {
                throw new IllegalStateException("a xenstore failure without a message", e);
            }
            for (int i = 0; i < e.getMessage().length(); i++) {
                char c = e.getMessage().charAt(i);
                if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                    throw new IllegalStateException("a control character from the daemon in a message", e);
                }
            }
        }
    }

    /** A channel that swallows requests and answers with the fuzz data, then end-of-stream. */
    private static final class Replies implements ByteChannel {
        private final ByteBuffer in;
        private boolean open = true;

        Replies(byte[] bytes) {
            this.in = ByteBuffer.wrap(bytes);
        }

        @Override
        public int read(ByteBuffer dst) {
            if (!in.hasRemaining()) {
                return -1;
            }
            int n = Math.min(dst.remaining(), in.remaining());
            ByteBuffer slice = in.slice();
            slice.limit(n);
            dst.put(slice);
            in.position(in.position() + n);
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            int n = src.remaining();
            src.position(src.limit());
            return n;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
