package io.rumpcfg.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputTailTest {
    private static final int KEPT = OutputTail.KEPT_BYTES;

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void whatFitsIsKeptWhole() {
        OutputTail tail = new OutputTail();
        tail.write(ascii("hello "), 0, 6);
        tail.write('w');
        tail.write(ascii("orld"), 0, 4);

        assertThat(tail.text()).isEqualTo("hello world");
        assertThat(tail.dropped()).isZero();
    }

    @Test
    void smallWritesPastTheBoundKeepTheLastBytesInOrder() {
        OutputTail tail = new OutputTail();
        StringBuilder all = new StringBuilder();
        for (int i = 0; all.length() < 3 * KEPT; i++) {
            String piece = i + ",";
            all.append(piece);
            tail.write(ascii(piece), 0, piece.length());
        }

        assertThat(tail.text()).isEqualTo(all.substring(all.length() - KEPT));
        assertThat(tail.dropped()).isEqualTo(all.length() - KEPT);
    }

    @Test
    void oneWriteLargerThanTheBoundKeepsItsEnd() {
        OutputTail tail = new OutputTail();
        tail.write(ascii("abc"), 0, 3);
        byte[] big = new byte[KEPT + 10];
        java.util.Arrays.fill(big, (byte) 'z');
        big[big.length - 1] = '!';
        tail.write(big, 0, big.length);

        assertThat(tail.text()).hasSize(KEPT).endsWith("z!").doesNotContain("abc");
        assertThat(tail.dropped()).isEqualTo(13);
    }

    @Test
    void aCharacterCutByTheBoundIsLeftOutNotShownAsAReplacement() {
        OutputTail tail = new OutputTail();
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8); // 3 bytes
        byte[] bytes = new byte[KEPT + 1];
        bytes[0] = euro[0];
        bytes[1] = euro[1];
        bytes[2] = euro[2];
        java.util.Arrays.fill(bytes, 3, bytes.length, (byte) 'a');
        tail.write(bytes, 0, bytes.length); // the first byte of the euro sign is dropped

        assertThat(tail.text()).hasSize(KEPT - 2).doesNotContain("\ufffd");
    }
}
