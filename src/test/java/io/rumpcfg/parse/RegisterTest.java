package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RegisterTest {

    @Test
    void aNameDeclaredAgainAnswersWhereItWasFirstDeclared() {
        Register register = new Register();
        Position first = Position.of(1, 1);

        assertThat(register.declare("/data", first)).isNull();
        assertThat(register.declare("/data", Position.of(9, 9))).isSameAs(first);
    }

    /** Growing past its first size must keep every name and its first place. */
    @Property
    void answersLikeAMapThatKeepsTheFirstPlace(@ForAll @Size(max = 300) List<@IntRange(max = 120) Integer> names) {
        Register register = new Register();
        Map<String, Position> expected = new HashMap<>();
        int line = 1;
        for (int n : names) {
            Position at = Position.of(line++, 1);
            String name = "name" + n;
            assertThat(register.declare(name, at)).isEqualTo(expected.get(name));
            expected.putIfAbsent(name, at);
        }
    }

    @Test
    void aNameOfTheFirstBatchIsFoundByTheSecond() {
        Register register = new Register();
        Position first = Position.of(1, 1);
        register.batch(2);
        assertThat(register.declare("/a", first)).isNull();
        assertThat(register.declare("/b", Position.of(2, 1))).isNull();

        register.batch(1);

        assertThat(register.declare("/a", Position.of(7, 1))).isSameAs(first);
    }

    @Test
    void aNameDeclaredOutsideABatchAfterTheFirstIsCheckedAgainstIt() {
        Register register = new Register();
        Position first = Position.of(3, 5);
        register.batch(1);
        register.declare("kern.hostname", first);

        assertThat(register.declare("kern.hostname", Position.of(9, 1))).isSameAs(first);
    }

    /** Batches of names unique among themselves, as entries of repeated sections give them. */
    @Property
    void batchesAnswerLikeAMapThatKeepsTheFirstPlace(
            @ForAll @Size(max = 6) List<@Size(max = 40) Set<@IntRange(max = 60) Integer>> batches) {
        Register register = new Register();
        Map<String, Position> expected = new HashMap<>();
        int line = 1;
        for (Set<Integer> batch : batches) {
            register.batch(batch.size());
            for (int n : batch) {
                Position at = Position.of(line++, 1);
                String name = "name" + n;
                assertThat(register.declare(name, at)).isEqualTo(expected.get(name));
                expected.putIfAbsent(name, at);
            }
        }
    }

    @Test
    void theAdoptedEntriesOfAnObjectAreFoundAtTheirKeys() {
        byte[] document = "{\n  \"/a\": 1,\n  \"/b\": 2\n}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Tape tape = new TokenReader(document, true, new LineMap(document), Limits.DEFAULTS, new Problems(100, false, false))
                .read().orElseThrow();
        int a = tape.first(0);
        int b = tape.next(a);
        Register register = new Register();

        assertThat(register.adopt(tape, new int[] {a, b})).isTrue();

        assertThat(register.declare("/b", Position.of(9, 1))).isEqualTo(tape.position(b));
        assertThat(register.declare("/c", Position.of(10, 1))).isNull();
        assertThat(register.adopt(tape, new int[] {a})).isFalse();
        assertThat(register.declare("/a", Position.of(11, 1))).isEqualTo(tape.position(a));
        assertThat(tape.position(a).line()).isEqualTo(2);
    }

    @Test
    void entriesAreNotAdoptedOnceANameIsDeclared() {
        byte[] document = "{\"/a\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Tape tape = new TokenReader(document, true, new LineMap(document), Limits.DEFAULTS, new Problems(100, false, false))
                .read().orElseThrow();
        Register register = new Register();
        Position first = Position.of(1, 1);
        register.declare("/a", first);

        assertThat(register.adopt(tape, new int[] {tape.first(0)})).isFalse();
        assertThat(register.declare("/a", tape.position(tape.first(0)))).isSameAs(first);
    }
}
