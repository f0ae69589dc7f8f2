package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Members} finds in one walk what asking the tape for each key finds: the first member
 * of each key of its {@link Shape}, and whether every key is of the shape and given once.
 */
class MembersTest {
    private enum Key implements Shape.Key { SOURCE, PATH, OPTIONS }

    private static final Shape<Key> SHAPE = Shape.of("a mount", Key.values());

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"source\": 1}", "{\"source\": 1, \"path\": 2, \"options\": {}}",
        "{\"options\": 3, \"source\": 1}", "{\"source\": 1, \"source\": 2}", "{\"other\": 1}",
        "{\"source\": 1, \"other\": 2, \"path\": 3}", "{\"path\": 1, \"path\": 2, \"path\": 3, \"source\": 4}",
        "{\"Source\": 1}", "{\"\": 1, \"options\": [1, {\"source\": 2}]}"})
    void oneWalkFindsWhatTheTapeFindsKeyByKey(String json) {
        Tape tape = tape(json);
        Members<Key> members = Members.of(tape, 0, SHAPE);
        Map<String, Integer> counts = new HashMap<>();
        boolean clean = true;
        for (int m = tape.first(0); m != Tape.NONE; m = tape.next(m)) {
            int n = counts.merge(tape.text(m), 1, Integer::sum);
            clean &= SHAPE.names().contains(tape.text(m)) && n == 1;
        }
        for (Key key : Key.values()) {
            String name = members.name(key);
            assertThat(members.member(key)).isEqualTo(tape.member(0, name));
            assertThat(members.value(key)).isEqualTo(tape.valueOf(0, name));
            assertThat(members.has(key)).isEqualTo(tape.member(0, name) != Tape.NONE);
        }
        assertThat(members.isClean()).isEqualTo(clean);
    }

    @Test
    void aShapeWritesEachKeyAsItsConstantInLowerCaseInTheEnumsOrder() {
        assertThat(SHAPE.names()).containsExactly("source", "path", "options");
        assertThat(SHAPE.index("path")).isEqualTo(Key.PATH.ordinal());
        assertThat(SHAPE.index("PATH")).isEqualTo(-1);
        assertThat(SHAPE.what()).isEqualTo("a mount");
    }

    @Test
    void aKeyNotInternedIsFoundByItsCharacters() {
        assertThat(SHAPE.index(new String("options".toCharArray()))).isEqualTo(Key.OPTIONS.ordinal());
    }

    @Test
    void noneHasNoMemberAndIsClean() {
        Members<Key> none = Members.none(SHAPE);
        for (Key key : Key.values()) {
            assertThat(none.member(key)).isEqualTo(Tape.NONE);
        }
        assertThat(none.isClean()).isTrue();
    }

    private static Tape tape(String json) {
        byte[] document = json.getBytes(StandardCharsets.UTF_8);
        Problems problems = new Problems(100, false, false);
        return new TokenReader(document, PlainDocument.is(document), new LineMap(document), Limits.DEFAULTS, problems)
                .read().orElseThrow();
    }
}
