package io.rumpcfg.plan;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A planned graph with its applied order, spelled into {@link Dependency} values when a
 * plan's dependencies are first read. Applying a plan needs its order alone, so the boot
 * path never pays for the ids and reasons in words.
 */
final class AppliedGraph {
    private final Graph graph;
    private final Orderer.Ordering order;

    /** {@code order}: the step indexes of {@code graph} in applied order, all of them. */
    AppliedGraph(Graph graph, Orderer.Ordering order) {
        this.graph = graph;
        this.order = order;
    }

    /** The steps in applied order: a view, not a copy. */
    List<Step> steps() {
        return new InOrder();
    }

    /**
     * For each step id, what it directly waits for, in applied order; steps waiting for nothing
     * left out. Synchronized: the graph caches the ids it spells, and two threads may read one
     * plan's dependencies at once.
     */
    synchronized Map<String, List<Dependency>> spell() {
        int n = graph.size();
        int[] position = new int[n];
        for (int k = 0; k < n; k++) {
            position[order.step(k)] = k;
        }
        Map<String, List<Dependency>> after = new HashMap<>();
        long[] byPosition = new long[0];
        for (int r = 0, rows = graph.rows(); r < rows; r++) {
            int i = graph.waiter(r);
            int first = graph.rowStart(r);
            int count = graph.rowEnd(r) - first;
            if (byPosition.length < count) {
                byPosition = new long[Math.max(count, 2 * byPosition.length)];
            }
            for (int k = 0; k < count; k++) { // a step waits for another at most once: positions differ
                byPosition[k] = (long) position[graph.to(first + k)] << 32 | (first + k);
            }
            Arrays.sort(byPosition, 0, count);
            Dependency[] deps = new Dependency[count];
            for (int k = 0; k < count; k++) {
                int e = (int) byPosition[k];
                deps[k] = new Dependency(graph.id(graph.to(e)), graph.words(i, e));
            }
            after.put(graph.id(i), List.of(deps));
        }
        return Map.copyOf(after);
    }

    /** The graph's steps in applied order, read through the order rather than copied out of it. */
    private final class InOrder extends AbstractList<Step> implements RandomAccess {
        @Override
        public Step get(int k) {
            return graph.steps.get(order.step(k));
        }

        @Override
        public int size() {
            return graph.size();
        }
    }
}
