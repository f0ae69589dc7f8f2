package io.rumpcfg.source.hw;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HwLimitsTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "4095, 0", "4096, 1", "65536, 1"})
    void warnsOverTheOriginalBuffer(long size, int warnings) {
        assertThat(HwLimits.checkSize(size)).hasSize(warnings).noneMatch(Diagnostic::isError);
    }

    @ParameterizedTest
    @CsvSource({"4096", "5000"})
    void warningNamesTheLimitAndTheSize(long size) {
        assertThat(HwLimits.checkSize(size)).extracting(Diagnostic::message).containsExactly("config is " + size
                + " bytes, over the 4095 bytes an original rumprun hw guest takes (its 4 KiB buffer less the NUL); "
                + "such a guest halts at boot");
    }
}
