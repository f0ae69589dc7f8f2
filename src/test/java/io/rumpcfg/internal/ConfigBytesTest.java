package io.rumpcfg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigBytesTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "4, 4", "5, 5", "6, 5", "100, 5"})
    void readsNoMoreThanOneByteOverTheLimit(int available, int read) throws IOException {
        byte[] in = new byte[available];
        assertThat(ConfigBytes.readAtMost(new ByteArrayInputStream(in), 4)).hasSize(read);
    }
}
