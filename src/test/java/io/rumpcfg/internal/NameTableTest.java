package io.rumpcfg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class NameTableTest {

    @Test
    void aNameGivenAgainAnswersTheIndexItWasFirstGivenWith() {
        NameTable table = new NameTable(2);

        assertThat(table.putIfAbsent("/data", 3)).isEqualTo(NameTable.ABSENT);
        assertThat(table.putIfAbsent("/data", 9)).isEqualTo(3);
        assertThat(table.putIfAbsent("/data", 11)).isEqualTo(3);
    }

    @Test
    void anEqualNameThatIsAnotherStringIsTheSameName() {
        NameTable table = new NameTable(1);
        table.putIfAbsent("kern.hostname", 0);

        assertThat(table.putIfAbsent(new String("kern.hostname".toCharArray()), 1)).isEqualTo(0);
    }

    @Test
    void clearingForgetsEveryName() {
        NameTable table = new NameTable(1);
        table.putIfAbsent("a", 0);
        table.putIfAbsent("b", 1);

        table.clear();

        assertThat(table.putIfAbsent("a", 5)).isEqualTo(NameTable.ABSENT);
        assertThat(table.putIfAbsent("b", 6)).isEqualTo(NameTable.ABSENT);
    }

    /** Growing far past its first size must keep every name with its first index. */
    @Property
    void answersLikeAMapThatKeepsTheFirstIndex(@ForAll @Size(max = 400) List<@IntRange(max = 150) Integer> names,
            @ForAll @IntRange(max = 8) int expected) {
        NameTable table = new NameTable(expected);
        Map<String, Integer> model = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = "data" + names.get(i);
            Integer first = model.putIfAbsent(name, i);
            assertThat(table.putIfAbsent(name, i)).isEqualTo(first == null ? NameTable.ABSENT : first);
        }
    }
}
