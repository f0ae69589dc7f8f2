package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.internal.EditDistance;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {
    private static final List<String> RC_KEYS = RcReader.KEYS;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"args,argv", "bni,bin", "Bin,bin", "workdri,workdir", "runmod,runmode", "netsbd,netbsd", "BIN,bin"})
    void nearMissGetsTheNearestKey(String typo, String expected) {
        assertThat(Suggest.nearest(typo, RC_KEYS)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"hostname", "x", "environment", "bin"})
    void farOrExactWordGetsNoSuggestion(String word) {
        assertThat(Suggest.nearest(word, RC_KEYS)).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"abc,abc,0", "abc,abd,1", "abc,acb,1", "abc,ab,1", "'',abc,3", "kitten,sitting,3"})
    void distanceCountsEditsWithNeighbourSwapsAsOne(String a, String b, int distance) {
        assertThat(EditDistance.between(a, b)).isEqualTo(distance);
        assertThat(EditDistance.between(b, a)).isEqualTo(distance);
    }
}
