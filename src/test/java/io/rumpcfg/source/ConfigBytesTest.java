package io.rumpcfg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigBytesTest {
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "{}          | ''",
        "' \t\r\n{'  | ''",
        "[]          | it starts with byte 0x5b",
        "''          | it is empty",
        "'  '        | it holds only white space",
    })
    void tellsWhyBytesCannotBeAnObject(String text, String why) {
        assertThat(ConfigBytes.notAnObject(text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(why.isEmpty() ? Optional.empty() : Optional.of(why));
    }

    @ParameterizedTest
    @CsvSource({"3, 1", "0, 0"})
    void stripsOnlyTrailingNuls(int nuls, int expectedLength) {
        byte[] in = new byte[expectedLength + nuls];
        if (expectedLength > 0) {
            in[0] = '{';
        }
        assertThat(ConfigBytes.stripTrailingNuls(in)).hasSize(expectedLength);
    }
}
