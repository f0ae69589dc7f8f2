package io.rumpcfg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigBytesTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "4, 4", "5, 5", "6, 5", "100, 5"})
    void readsNoMoreThanOneByteOverTheLimit(int available, int read) throws IOException {
        byte[] in = new byte[available];
        assertThat(ConfigBytes.readAtMost(new ByteArrayInputStream(in), 4)).hasSize(read);
    }

    /** A pipe hands over what its writer has written so far: a few bytes per read, to the end. */
    @ParameterizedTest
    @CsvSource({"0, 70000", "20000, 70000", "20000, 20000", "70000, 70000", "70001, 70000", "200000, 70000"})
    void readsAStreamThatGivesAFewBytesAtATimeToTheEndOrTheLimit(int available, int limit) throws IOException {
        byte[] data = new byte[available];
        for (int k = 0; k < available; k++) {
            data[k] = (byte) k;
        }
        InputStream trickle = new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + pos % 7));
            }
        };

        byte[] read = ConfigBytes.readAtMost(trickle, limit);

        assertThat(read).containsExactly(java.util.Arrays.copyOf(data, Math.min(available, limit + 1)));
    }
}
