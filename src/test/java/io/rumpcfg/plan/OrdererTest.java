package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shortcut for steps already in applied order is taken exactly when they are, and
 * orders as Kahn's algorithm does.
 */
class OrdererTest {
    private static final Origin AT = new Origin(ElementPath.root(), Position.of(1, 1));

    /** Steps (e: env, h: hostname), edges as "from>to", whether index order applies, the order. */
    static Stream<Arguments> graphs() {
        return Stream.of(
                Arguments.of("eee", "", true, "0 1 2"),
                Arguments.of("eeh", "1>0 2>0 2>1", true, "0 1 2"),
                Arguments.of("eeh", "0>1", false, "1 0 2"),
                Arguments.of("eeh", "1>1", false, ""),
                Arguments.of("ehe", "", false, "0 2 1"),
                Arguments.of("ehe", "2>0", false, "0 2 1"),
                Arguments.of("he", "1>0", false, "0 1"),
                Arguments.of("eee", "0>2 2>0", false, ""));
    }

    @ParameterizedTest
    @MethodSource("graphs")
    void indexOrderIsTakenExactlyWhenItIsTheAppliedOrder(String kinds, String edges, boolean inIndexOrder,
            String order) {
        List<Step> steps = new ArrayList<>();
        for (char kind : kinds.toCharArray()) {
            steps.add(kind == 'h' ? new Step.SetHostname(new Hostname("box", AT))
                    : new Step.SetEnv(new EnvVar("E" + steps.size(), "x", AT)));
        }
        Graph graph = new Graph(steps);
        for (String edge : edges.isEmpty() ? new String[0] : edges.split(" ")) {
            graph.add(edge.charAt(0) - '0', edge.charAt(2) - '0', Reason.AFTER_CONFIGURATION);
        }

        Orderer.Ordering ordering = Orderer.order(graph);

        assertThat(Orderer.inIndexOrder(graph)).isEqualTo(inIndexOrder);
        assertThat(ordering.cycle().isEmpty()).isEqualTo(!order.isEmpty());
        if (!order.isEmpty()) {
            List<Integer> placed = new ArrayList<>();
            for (int k = 0; k < ordering.placed(); k++) {
                placed.add(ordering.step(k));
            }
            assertThat(placed)
                    .containsExactly(Arrays.stream(order.split(" ")).map(Integer::valueOf).toArray(Integer[]::new));
        }
    }
}
