package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Fields} finds in one walk what asking the tape for each key finds: the first member
 * of each known key, and whether every key is known and given once.
 */
class FieldsTest {
    private static final List<String> KNOWN = List.of("source", "path", "options");

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"source\": 1}", "{\"source\": 1, \"path\": 2, \"options\": {}}",
        "{\"options\": 3, \"source\": 1}", "{\"source\": 1, \"source\": 2}", "{\"other\": 1}",
        "{\"source\": 1, \"other\": 2, \"path\": 3}", "{\"path\": 1, \"path\": 2, \"path\": 3, \"source\": 4}",
        "{\"Source\": 1}", "{\"\": 1, \"options\": [1, {\"source\": 2}]}"})
    void oneWalkFindsWhatTheTapeFindsKeyByKey(String json) {
        Tape tape = tape(json);
        Fields f = new Fields(tape, Fields.Known.of(KNOWN)).of(0);
        Map<String, Integer> counts = new HashMap<>();
        boolean all = true;
        for (int m = tape.first(0); m != Tape.NONE; m = tape.next(m)) {
            int n = counts.merge(tape.text(m), 1, Integer::sum);
            all &= KNOWN.contains(tape.text(m)) && n == 1;
        }
        for (int k = 0; k < KNOWN.size(); k++) {
            String key = KNOWN.get(k);
            assertThat(f.memberAt(k)).isEqualTo(tape.member(0, key));
            assertThat(f.member(key)).isEqualTo(tape.member(0, key));
            assertThat(f.valueAt(k)).isEqualTo(tape.valueOf(0, key));
            assertThat(f.value(key)).isEqualTo(tape.valueOf(0, key));
        }
        assertThat(f.all()).isEqualTo(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"source\": 1, \"path\": 2}", "{\"path\": 1, \"source\": 2, \"path\": 3}"})
    void aReusedInstanceForgetsTheObjectBefore(String json) {
        Tape tape = tape("{\"a\": " + json + ", \"b\": {\"options\": 1}}");
        Fields f = new Fields(tape, Fields.Known.of(KNOWN));
        int first = tape.valueOf(0, "a");
        int second = tape.valueOf(0, "b");
        f.of(first);
        f.of(second);
        assertThat(f.member("source")).isEqualTo(Tape.NONE);
        assertThat(f.member("path")).isEqualTo(Tape.NONE);
        assertThat(f.member("options")).isEqualTo(tape.member(second, "options"));
        assertThat(f.all()).isTrue();
    }

    private static Tape tape(String json) {
        byte[] document = json.getBytes(StandardCharsets.UTF_8);
        Problems problems = new Problems(100, false, false);
        return new TokenReader(document, PlainDocument.is(document), new LineMap(document), Limits.DEFAULTS, problems)
                .read().orElseThrow();
    }
}
