package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import java.util.function.LongPredicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link PlainDocument#is} reads eight bytes at a time; it must agree with the byte-by-byte rule. */
class PlainDocumentTest {

    @Property(tries = 3000)
    void eightAtATimeAgreesWithByteByByte(@ForAll @Size(max = 40) byte[] bytes) {
        assertThat(PlainDocument.is(bytes)).isEqualTo(plainByteByByte(bytes));
    }

    @Property(tries = 3000)
    void oneBadByteAnywhereInAsciiTextIsFound(@ForAll @Size(min = 1, max = 40) byte[] seed, @ForAll byte bad) {
        byte[] bytes = new byte[seed.length];
        for (int i = 0; i < seed.length; i++) {
            bytes[i] = (byte) ('a' + Math.floorMod(seed[i], 26));
        }
        bytes[Math.floorMod(bad, bytes.length)] = bad;
        assertThat(PlainDocument.is(bytes)).isEqualTo(plainByteByByte(bytes));
    }

    /** Every byte value at every place in a word of ASCII letters, and next to every other byte value. */
    @Test
    void delOrHighIsFoundForEveryByteValueAtEveryPlace() {
        forEveryPair(word -> PlainDocument.delOrHighBits(word) != 0, b -> b >= 0x7F);
    }

    /** The backslash test the same way. */
    @Test
    void aBackslashIsFoundForEveryByteValueAtEveryPlace() {
        forEveryPair(word -> PlainDocument.byteBits(word, '\\') != 0, b -> b == '\\');
    }

    /** Whether {@code found} tells, of every word with two chosen bytes among letters, whether one of them is {@code bad}. */
    private static void forEveryPair(LongPredicate found, IntPredicate bad) {
        for (int b = 0; b < 256; b++) {
            for (int neighbour = 0; neighbour < 256; neighbour++) {
                for (int place = 0; place < 7; place++) {
                    long word = word(b, neighbour, place);
                    assertThat(found.test(word)).as("0x%02x then 0x%02x at %d", b, neighbour, place)
                            .isEqualTo(bad.test(b) || bad.test(neighbour));
                }
            }
        }
    }

    /** Eight ASCII letters, with {@code b} at byte {@code place} (little-endian) and {@code neighbour} after it. */
    private static long word(int b, int neighbour, int place) {
        long word = 0x6161616161616161L; // "aaaaaaaa"
        word = (word & ~(0xFFL << (8 * place))) | ((long) b << (8 * place));
        return (word & ~(0xFFL << (8 * (place + 1)))) | ((long) neighbour << (8 * (place + 1)));
    }

    private static boolean plainByteByByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0 || b == '\\' || b == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
