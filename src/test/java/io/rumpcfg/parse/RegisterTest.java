package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Position;
import java.util.HashMap;
import java.util.Map;
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
    void answersLikeAMapThatKeepsTheFirstPlace(@ForAll @Size(max = 300) java.util.List<@IntRange(max = 120) Integer> names) {
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
}
