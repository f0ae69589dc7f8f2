package io.rumpcfg.source.hw;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HwLimitsTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "4094, 0", "4095, 1", "65536, 1"})
    void warnsOverTheOriginalBuffer(long size, int warnings) {
        // master platform/hw/multiboot.c multiboot: a module of BMK_MULTIBOOT_CMDLINE_SIZE - 1 bytes or more halts
        assertThat(HwLimits.checkSize(size)).hasSize(warnings).noneMatch(Diagnostic::isError);
    }

    @ParameterizedTest
    @CsvSource({"4095", "5000"})
    void warningNamesTheLimitAndTheSize(long size) {
        assertThat(HwLimits.checkSize(size)).extracting(Diagnostic::message).containsExactly("config is " + size
                + " bytes, over the 4094 bytes an original rumprun hw guest takes as its first module (it halts on "
                + "one of 4095 bytes or more); such a guest halts at boot");
    }
}
