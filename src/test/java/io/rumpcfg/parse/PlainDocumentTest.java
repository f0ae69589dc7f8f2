package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** {@link TokenReader#isPlain} reads eight bytes at a time; it must agree with the byte-by-byte rule. */
class PlainDocumentTest {

    @Property(tries = 3000)
    void eightAtATimeAgreesWithByteByByte(@ForAll @Size(max = 40) byte[] bytes) {
        assertThat(TokenReader.isPlain(bytes)).isEqualTo(plainByteByByte(bytes));
    }

    @Property(tries = 3000)
    void oneBadByteAnywhereInAsciiTextIsFound(@ForAll @Size(min = 1, max = 40) byte[] seed, @ForAll byte bad) {
        byte[] bytes = new byte[seed.length];
        for (int i = 0; i < seed.length; i++) {
            bytes[i] = (byte) ('a' + Math.floorMod(seed[i], 26));
        }
        bytes[Math.floorMod(bad, bytes.length)] = bad;
        assertThat(TokenReader.isPlain(bytes)).isEqualTo(plainByteByByte(bytes));
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
