package io.rumpcfg.source.xen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rumpcfg.source.xen.XenstoreWire.Header;
import io.rumpcfg.source.xen.XenstoreWire.Message;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XenstoreWireTest {
    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    @Test
    void encodesHeaderLittleEndianThenPayload() {
        byte[] out = bytes(XenstoreWire.encode(new Message(XenstoreWire.READ, 0x01020304, 7, new byte[] {'/', 'a', 0})));
        assertThat(out).containsExactly(
                2, 0, 0, 0,
                4, 3, 2, 1,
                7, 0, 0, 0,
                3, 0, 0, 0,
                '/', 'a', 0);
    }

    @Test
    void decodesLengthAsUnsigned() {
        byte[] raw = {16, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        Header h = XenstoreWire.decodeHeader(ByteBuffer.wrap(raw));
        assertThat(h).isEqualTo(new Header(XenstoreWire.ERROR, 5, 0, 0xFFFF_FFFFL));
    }

    @Test
    void writePayloadIsPathNulValueWithoutTerminator() {
        byte[] p = XenstoreWire.writePayload("/k", "{}".getBytes(StandardCharsets.US_ASCII));
        assertThat(p).containsExactly('/', 'k', 0, '{', '}');
        assertThat(XenstoreWire.writePayloadSize("/k", 2)).isEqualTo(p.length);
    }

    @Test
    void readPayloadIsPathAndNul() {
        assertThat(XenstoreWire.pathPayload("/local")).containsExactly('/', 'l', 'o', 'c', 'a', 'l', 0);
    }

    @Test
    void refusesPayloadOverTheLimit() {
        Message big = new Message(XenstoreWire.WRITE, 0, 0, new byte[XenstoreWire.MAX_PAYLOAD + 1]);
        assertThatThrownBy(() -> XenstoreWire.encode(big))
                .hasMessage("payload is 4097 bytes, over the 4096-byte xenstore limit");
    }

    @Test
    void encodesPayloadAtTheLimit() {
        Message max = new Message(XenstoreWire.WRITE, 0, 0, new byte[XenstoreWire.MAX_PAYLOAD]);
        assertThat(XenstoreWire.encode(max).remaining()).isEqualTo(16 + 4096);
    }

    @Test
    void errorTextStopsAtNul() {
        assertThat(XenstoreWire.text("ENOENT\0".getBytes(StandardCharsets.US_ASCII))).isEqualTo("ENOENT");
    }

    @Test
    void directoryNamesAreSplitOnNul() {
        assertThat(XenstoreWire.names("cfg\0name\0".getBytes(StandardCharsets.US_ASCII))).containsExactly("cfg", "name");
        assertThat(XenstoreWire.names(new byte[0])).isEmpty();
    }
}
