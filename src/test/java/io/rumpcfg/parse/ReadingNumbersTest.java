package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Reading#shortValue} reads every short integer a document can hold as {@link Long#parseLong} does. */
class ReadingNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1", "-1", "7", "10", "1000", "-1000", "123456789012345678", "-12345678901234567",
        "999999999999999999", "-99999999999999999", "1234567890123456789", "-123456789012345678"})
    void aShortIntegerReadsAsParseLongReadsIt(String number) {
        byte[] document = ("{\"n\": " + number + "}").getBytes(StandardCharsets.UTF_8);
        Problems problems = new Problems(100, false, false);
        Tape tape = new TokenReader(document, true, new LineMap(document), Limits.DEFAULTS, problems).read().orElseThrow();
        Reading reading = new Reading(ParseOptions.DEFAULTS, problems, tape);
        int v = tape.valueOf(0, "n");
        assertThat(tape.isIntegral(v)).isTrue();
        assertThat(reading.isShort(v)).isEqualTo(number.length() <= 18);
        if (reading.isShort(v)) {
            assertThat(reading.shortValue(v)).isEqualTo(Long.parseLong(number));
        }
    }
}
