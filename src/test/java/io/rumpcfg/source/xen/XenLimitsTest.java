package io.rumpcfg.source.xen;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XenLimitsTest {
    // "/local/domain/5/rumprun/cfg" + NUL is 28 bytes: 4068 bytes of config fill the payload.
    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource({
        "2,    ''",
        "2048, ''",
        "2049, xen-over-quota",
        "4068, xen-over-quota",
        "4069, xen-payload-too-large xen-over-quota",
    })
    void checksAgainstPayloadAndQuota(long size, String codes) {
        List<String> expected = codes.isEmpty() ? List.of() : List.of(codes.split(" "));
        assertThat(XenLimits.checkSize(5, size)).extracting(d -> d.code().id()).containsExactlyElementsOf(expected);
    }

    @Test
    void messagesNameTheLimitAndTheSize() {
        assertThat(XenLimits.checkSize(5, 4069)).extracting(Diagnostic::message).containsExactly(
                "writing /local/domain/5/rumprun/cfg takes a payload of 4097 bytes (path, NUL and config), "
                        + "over the xenstore limit of 4096 bytes",
                "config is 4069 bytes, over the 2048-byte per-value quota of a default oxenstored (quota-maxsize); "
                        + "such a daemon refuses it");
    }

    @Test
    void withoutADomidTheLongestPathIsAssumed() {
        // "/local/domain/32751/rumprun/cfg" + NUL is 32 bytes
        assertThat(XenLimits.checkSize(4064)).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(XenLimits.checkSize(4065)).filteredOn(Diagnostic::isError).hasSize(1);
    }

    /** A domain the user did not give is not named: the key is written with {@code <domid>}. */
    @Test
    void withoutADomidTheMessageNamesNoDomain() {
        assertThat(XenLimits.checkSize(4065)).filteredOn(Diagnostic::isError).extracting(Diagnostic::message)
                .containsExactly("writing the configuration to /local/domain/<domid>/rumprun/cfg takes a payload of up to"
                        + " 4097 bytes (path, NUL and config), over the xenstore limit of 4096 bytes: a configuration fits"
                        + " any domain id up to 4064 bytes");
    }
}
