package io.rumpcfg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrTest {
    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.2,0,10.0.0.2/0", "10.0.0.2,32,10.0.0.2/32", "2001:db8::2,128,2001:db8::2/128", "2001:DB8::2,64,2001:db8::2/64"})
    void prefixWithinTheFamilysBitsIsAccepted(String address, int prefix, String printed) {
        Cidr cidr = new Cidr(ip(address), prefix);

        assertThat(cidr).hasToString(printed);
        assertThat(cidr.family()).isEqualTo(ip(address).family());
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.2,33", "10.0.0.2,-1", "2001:db8::2,129"})
    void prefixOutsideTheFamilysBitsIsRefused(String address, int prefix) {
        assertThatThrownBy(() -> new Cidr(ip(address), prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(prefix));
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.2/24,10.0.0.1,true", "10.0.0.2/24,10.0.1.1,false", "10.0.0.2/24,::1,false"})
    void containsTellsWhetherAnAddressIsInTheSubnet(String cidr, String other, boolean contained) {
        String[] parts = cidr.split("/");
        assertThat(new Cidr(ip(parts[0]), Integer.parseInt(parts[1])).contains(ip(other))).isEqualTo(contained);
    }
}
