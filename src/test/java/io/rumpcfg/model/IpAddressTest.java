package io.rumpcfg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "10.0.0.1|10.0.0.1|INET",
        "0.0.0.0|0.0.0.0|INET",
        "255.255.255.255|255.255.255.255|INET",
        "::|::|INET6",
        "::1|::1|INET6",
        "1::|1::|INET6",
        "2001:DB8:0:0:0:0:0:1|2001:db8::1|INET6",
        "2001:0db8:0000:0000:0000:0000:0000:0001|2001:db8::1|INET6",
        "2001:db8:0:0:1:0:0:1|2001:db8::1:0:0:1|INET6",  // the first of two equal zero runs
        "2001:db8:0:0:1:0:0:0|2001:db8:0:0:1::|INET6",  // the longest run
        "2001:db8:0:1:1:1:1:1|2001:db8:0:1:1:1:1:1|INET6", // one zero word stays
        "1:2:3:4:5:6:7::|1:2:3:4:5:6:7:0|INET6",
        "::2:3:4:5:6:7:8|0:2:3:4:5:6:7:8|INET6",
        "1:2:3:4:5:6:1.2.3.4|1:2:3:4:5:6:102:304|INET6",
        "::ffff:1.2.3.4|::ffff:102:304|INET6",
    })
    void literalIsParsedAndPrintedCanonically(String text, String canonical, AddressFamily family) {
        IpAddress address = IpAddress.parse(text).orElseThrow();

        assertThat(address).hasToString(canonical);
        assertThat(address.family()).isEqualTo(family);
        assertThat(IpAddress.parse(canonical)).contains(address);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "256.0.0.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "1.2.3.-4", "+1.2.3.4", " 10.0.0.1",
        "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1::2::3", "12345::", "g::1", ":1", "1:", ":::", "::1.2.3",
        "::1.2.3.4.5", "1.2.3.4::", "::ffff:01.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "fe80::1%eth0", "[::1]",
        "localhost", "\u0661.2.3.4", "::\u0660", "::\uff11"})
    void nonLiteralIsRefused(String text) {
        assertThat(IpAddress.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.1,INET,true", "10.0.0.1,INET6,false", "::1,INET6,true", "::1,INET,false"})
    void parseWithFamilyKeepsOnlyThatFamily(String text, AddressFamily family, boolean present) {
        assertThat(IpAddress.parse(text, family).isPresent()).isEqualTo(present);
    }

    @ParameterizedTest
    @CsvSource({"2001:db8::1,2001:DB8:0::0:1", "::,0:0:0:0:0:0:0:0"})
    void twoSpellingsOfOneAddressAreEqual(String a, String b) {
        assertThat(IpAddress.parse(a)).isEqualTo(IpAddress.parse(b));
        assertThat(IpAddress.parse(a).orElseThrow().hashCode()).isEqualTo(IpAddress.parse(b).orElseThrow().hashCode());
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.2,10.0.0.200,24,true", "10.0.0.2,10.0.1.2,24,false", "10.0.0.2,10.0.1.2,23,true",
        "2001:db8::1,2001:db8::2,64,true", "2001:db8::1,2001:db9::1,32,false", "10.0.0.1,::1,0,false"})
    void sameSubnetComparesThePrefixBits(String a, String b, int prefix, boolean same) {
        assertThat(IpAddress.parse(a).orElseThrow().sameSubnet(IpAddress.parse(b).orElseThrow(), prefix)).isEqualTo(same);
    }

    /** IPv4 literals are read in place; they must be read as splitting at the dots reads them. */
    @Property(tries = 5000)
    void anIpv4LiteralIsReadAsSplittingAtItsDotsReadsIt(@ForAll @NumericChars @Chars('.') @StringLength(max = 16) String text) {
        Optional<byte[]> read = IpAddress.parse(text, AddressFamily.INET).map(IpAddress::toBytes);
        byte[] split = bySplitting(text);
        assertThat(read.map(Arrays::toString)).isEqualTo(Optional.ofNullable(split).map(Arrays::toString));
    }

    private static byte[] bySplitting(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
                return null;
            }
            out[i] = (byte) Integer.parseInt(p);
        }
        return out;
    }
}
