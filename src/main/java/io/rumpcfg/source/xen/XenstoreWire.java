package io.rumpcfg.source.xen;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The xenstore wire format, pure and on bytes: a 16-byte little-endian header
 * {type, req_id, tx_id, len} then {@code len} payload bytes.
 */
final class XenstoreWire {
    static final int DIRECTORY = 1;
    static final int READ = 2;
    static final int WRITE = 11;
    static final int ERROR = 16;

    static final int HEADER_BYTES = 16;
    /** The daemon drops a connection whose message payload is longer (XENSTORE_PAYLOAD_MAX). */
    static final int MAX_PAYLOAD = 4096;

    private XenstoreWire() {}

    /** One message; {@code payload} is copied in and out. */
    record Message(int type, int reqId, int txId, byte[] payload) {
        Message {
            payload = payload.clone();
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Message m && m.type == type && m.reqId == reqId && m.txId == txId
                    && Arrays.equals(m.payload, payload);
        }

        @Override
        public int hashCode() {
            return Objects.hash(type, reqId, txId, Arrays.hashCode(payload));
        }

        @Override
        public String toString() {
            return "Message[type=" + type + ", reqId=" + reqId + ", txId=" + txId + ", len=" + payload.length + "]";
        }
    }

    /** A decoded header; {@code length} is unsigned, so a hostile peer cannot make it negative. */
    record Header(int type, int reqId, int txId, long length) {}

    /** Header and payload in one buffer, ready to write. */
    static ByteBuffer encode(Message m) {
        if (m.payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload is " + m.payload.length + " bytes, over the "
                    + MAX_PAYLOAD + "-byte xenstore limit");
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + m.payload.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(m.type).putInt(m.reqId).putInt(m.txId).putInt(m.payload.length).put(m.payload);
        return out.flip();
    }

    /** Decodes the 16 bytes at the buffer's position. */
    static Header decodeHeader(ByteBuffer in) {
        ByteBuffer le = in.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        return new Header(le.getInt(), le.getInt(), le.getInt(), Integer.toUnsignedLong(le.getInt()));
    }

    /** READ and DIRECTORY take the path and its NUL. */
    static byte[] pathPayload(String path) {
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(p, p.length + 1);
    }

    /** WRITE takes the path, a NUL, then the value as it is (no terminator). */
    static byte[] writePayload(String path, byte[] value) {
        byte[] p = pathPayload(path);
        byte[] out = Arrays.copyOf(p, p.length + value.length);
        System.arraycopy(value, 0, out, p.length, value.length);
        return out;
    }

    /** The size of a WRITE payload, without building it. */
    static long writePayloadSize(String path, long valueSize) {
        return path.getBytes(StandardCharsets.UTF_8).length + 1L + valueSize;
    }

    /** The text of a payload up to its first NUL: an error name such as {@code ENOENT}, or a path. */
    static String text(byte[] payload) {
        int end = 0;
        while (end < payload.length && payload[end] != 0) {
            end++;
        }
        return new String(payload, 0, end, StandardCharsets.UTF_8);
    }

    /** A DIRECTORY reply: NUL-terminated names, one after another. */
    static List<String> names(byte[] payload) {
        List<String> names = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < payload.length; i++) {
            if (payload[i] == 0) {
                if (i > start) {
                    names.add(new String(payload, start, i - start, StandardCharsets.UTF_8));
                }
                start = i + 1;
            }
        }
        if (start < payload.length) {
            names.add(new String(payload, start, payload.length - start, StandardCharsets.UTF_8));
        }
        return names;
    }
}
