package io.rumpcfg.plan;

import io.rumpcfg.model.Diagnostic;
import java.util.Optional;

/**
 * Orders a graph's steps (Kahn's algorithm over a priority queue): among the steps whose
 * dependencies are all placed, the earliest stage goes first, then the earliest in document
 * order. O((n + e) log n).
 *
 * <p>The queue is a binary heap of step indexes in an {@code int[]}, keyed on stage then
 * index, so ordering boxes nothing.
 */
final class Orderer {
    private final int[] stage;
    private final WorkCount work;
    private final int[] heap;
    private int ready;

    private Orderer(int[] stage, WorkCount work) {
        this.stage = stage;
        this.work = work;
        this.heap = new int[stage.length];
    }

    /** The step indexes in applied order, or a diagnostic naming a cycle. */
    static Ordering order(Graph graph, WorkCount work) {
        int n = graph.size();
        int[] waiting = new int[n];
        int[] stage = new int[n]; // looked up once: the heap compares O(n log n) times
        // The steps waiting for t are dependent[firstDependent[t]] up to firstDependent[t + 1].
        int[] firstDependent = new int[n + 1];
        for (int i = 0; i < n; i++) {
            stage[i] = graph.steps.get(i).stage().ordinal();
            for (int e = graph.edgesStart(i), end = graph.edgesEnd(i); e < end; e++) {
                work.one();
                firstDependent[graph.to(e)]++;
                waiting[i]++;
            }
        }
        for (int t = 1; t < n; t++) {
            firstDependent[t] += firstDependent[t - 1];
        }
        int edges = n == 0 ? 0 : firstDependent[n - 1];
        firstDependent[n] = edges;
        int[] dependent = new int[edges];
        for (int i = n - 1; i >= 0; i--) { // backwards, so each step's dependents come out in index order
            for (int e = graph.edgesEnd(i) - 1, begin = graph.edgesStart(i); e >= begin; e--) {
                dependent[--firstDependent[graph.to(e)]] = i;
            }
        }

        Orderer queue = new Orderer(stage, work);
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                queue.push(i);
            }
        }
        int[] order = new int[n];
        int placed = 0;
        while (queue.ready > 0) {
            int next = queue.pop();
            order[placed++] = next;
            for (int d = firstDependent[next], end = firstDependent[next + 1]; d < end; d++) {
                work.one();
                if (--waiting[dependent[d]] == 0) {
                    queue.push(dependent[d]);
                }
            }
        }
        if (placed == n) {
            return new Ordering(order, placed, Optional.empty());
        }
        return new Ordering(order, placed, Optional.of(Cycles.describe(graph, waiting)));
    }

    private boolean before(int a, int b) {
        work.one();
        return stage[a] != stage[b] ? stage[a] < stage[b] : a < b;
    }

    private void push(int step) {
        int at = ready++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(step, heap[parent])) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = step;
    }

    private int pop() {
        int first = heap[0];
        int last = heap[--ready];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= ready) {
                break;
            }
            if (child + 1 < ready && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], last)) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = last;
        return first;
    }

    /** The applied order, complete unless a cycle was found: the first {@code placed} of {@code order}. */
    record Ordering(int[] order, int placed, Optional<Diagnostic> cycle) {}
}
