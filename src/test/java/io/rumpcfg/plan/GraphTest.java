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
