package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphTest {
    private final Graph graph = new Graph(List.of(env("A"), env("B"), env("C"), env("D")));

    @Test
    void eachStepKeepsItsOwnEdgesInTheOrderAddedAndStepsWithoutEdgesHaveNone() {
        graph.add(1, 0, Reason.BENEATH);
        graph.add(3, 2, Reason.BENEATH);
        graph.add(3, 0, Reason.NFS_DNS);
        graph.add(3, 1, Reason.NFS_NETWORK);

        assertThat(edges(0)).isEmpty();
        assertThat(edges(1)).containsExactly("0 BENEATH");
        assertThat(edges(2)).isEmpty();
        assertThat(edges(3)).containsExactly("2 BENEATH", "0 NFS_DNS", "1 NFS_NETWORK");
    }

    @Test
    void everyWaitingStepOfManyFindsItsOwnEdgesAndTheRowsListThemInOrder() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            steps.add(env("E" + i));
        }
        Graph many = new Graph(steps);
        for (int i = 1; i < 40; i += 2) {
            many.add(i, i - 1, Reason.BENEATH);
            many.add(i, 0, Reason.NFS_DNS);
        }

        for (int i = 0; i < 40; i++) {
            int count = many.edgesEnd(i) - many.edgesStart(i);
            assertThat(count).as("edges of %d", i).isEqualTo(i % 2 == 0 ? 0 : 2);
            if (count > 0) {
                assertThat(many.to(many.edgesStart(i))).isEqualTo(i - 1);
            }
        }
        assertThat(many.rows()).isEqualTo(20);
        for (int r = 0; r < many.rows(); r++) {
            assertThat(many.waiter(r)).isEqualTo(2 * r + 1);
            assertThat(many.rowEnd(r) - many.rowStart(r)).isEqualTo(2);
        }
    }

    @Test
    void twoStepsMayWaitForTheSameStep() {
        graph.add(1, 0, Reason.BENEATH);
        graph.add(2, 0, Reason.BENEATH);

        assertThat(edges(1)).containsExactly("0 BENEATH");
        assertThat(edges(2)).containsExactly("0 BENEATH");
    }

    @Test
    void edgesOfAnEarlierStepAfterThoseOfALaterOneAreRefused() {
        graph.add(2, 0, Reason.BENEATH);

        assertThatThrownBy(() -> graph.add(1, 0, Reason.BENEATH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("edges of env:B added after those of env:C");
    }

    @Test
    void anIdIsSpelledOnceAndKept() {
        assertThat(graph.id(2)).isEqualTo("env:C").isSameAs(graph.id(2));
    }

    private List<String> edges(int from) {
        List<String> out = new ArrayList<>();
        for (int e = graph.edgesStart(from); e < graph.edgesEnd(from); e++) {
            out.add(graph.to(e) + " " + graph.reason(e));
        }
        return out;
    }

    private static Step env(String name) {
        return new Step.SetEnv(new EnvVar(name, "x", new Origin(ElementPath.root().key("env").key(name), Position.of(1, 1))));
    }
}
