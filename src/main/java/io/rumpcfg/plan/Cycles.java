package io.rumpcfg.plan;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds and names a cycle among the steps an ordering could not place. */
final class Cycles {
    private Cycles() {}

    /**
     * {@code waiting[i] > 0} marks the unplaced steps; each waits for at least one other
     * unplaced step, so walking from the earliest one along unplaced dependencies must come
     * back to a step it passed: the steps from there on form a cycle.
     */
    static Diagnostic describe(Graph graph, int[] waiting) {
        int start = 0;
        while (waiting[start] == 0) {
            start++;
        }
        Map<Integer, Integer> seenAt = new HashMap<>();
        List<Integer> walk = new ArrayList<>();
        int at = start;
        while (!seenAt.containsKey(at)) {
            seenAt.put(at, walk.size());
            walk.add(at);
            at = firstUnplaced(graph, at, waiting);
        }
        List<Integer> cycle = walk.subList(seenAt.get(at), walk.size());
        int first = cycle.stream().min(Integer::compare).orElseThrow();
        int rotate = cycle.indexOf(first);
        StringBuilder message = new StringBuilder("steps wait for each other in a cycle: ");
        for (int k = 0; k < cycle.size(); k++) {
            int from = cycle.get((rotate + k) % cycle.size());
            int to = cycle.get((rotate + k + 1) % cycle.size());
            Step step = graph.steps.get(from);
            if (k > 0) {
                message.append("; ");
            }
            message.append(graph.id(from)).append(" at ").append(Codes.where(step))
                    .append(" waits for ").append(graph.id(to))
                    .append(" (").append(reason(graph, from, to)).append(')');
        }
        return Diagnostic.error(Code.CYCLE, graph.steps.get(first).origin(), message.toString());
    }

    private static int firstUnplaced(Graph graph, int from, int[] waiting) {
        for (int e = graph.edgesStart(from), end = graph.edgesEnd(from); e < end; e++) {
            if (waiting[graph.to(e)] > 0) {
                return graph.to(e);
            }
        }
        throw new IllegalStateException("unplaced step " + graph.id(from) + " waits for no unplaced step");
    }

    private static String reason(Graph graph, int from, int to) {
        for (int e = graph.edgesStart(from), end = graph.edgesEnd(from); e < end; e++) {
            if (graph.to(e) == to) {
                return graph.words(from, e);
            }
        }
        throw new IllegalStateException(graph.id(from) + " does not wait for " + graph.id(to));
    }
}
