package io.rumpcfg.plan;

import io.rumpcfg.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Orders a graph's steps (Kahn's algorithm over a priority queue): among the steps whose
 * dependencies are all placed, the earliest stage goes first, then the earliest in document
 * order. O((n + e) log n).
 */
final class Orderer {
    private Orderer() {}

    /** The step indexes in applied order, or a diagnostic naming a cycle. */
    static Ordering order(Graph graph, WorkCount work) {
        int n = graph.size();
        int[] waiting = new int[n];
        List<List<Integer>> dependents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int to : graph.after(i).keySet()) {
                work.one();
                dependents.get(to).add(i);
                waiting[i]++;
            }
        }
        int[] stage = new int[n]; // looked up once: the queue compares O(n log n) times
        for (int i = 0; i < n; i++) {
            stage[i] = graph.steps.get(i).stage().ordinal();
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>((a, b) -> {
            work.one();
            int byStage = Integer.compare(stage[a], stage[b]);
            return byStage != 0 ? byStage : Integer.compare(a, b);
        });
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> order = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            order.add(next);
            for (int dependent : dependents.get(next)) {
                work.one();
                if (--waiting[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (order.size() == n) {
            return new Ordering(order, Optional.empty());
        }
        return new Ordering(order, Optional.of(Cycles.describe(graph, waiting)));
    }

    /** The applied order, complete unless a cycle was found. */
    record Ordering(List<Integer> order, Optional<Diagnostic> cycle) {}
}
