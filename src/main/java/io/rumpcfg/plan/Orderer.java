package io.rumpcfg.plan;

import io.rumpcfg.model.Diagnostic;
import java.util.Optional;

/**
 * Orders a graph's steps (Kahn's algorithm over a priority queue): among the steps whose
 * dependencies are all placed, the earliest stage goes first, then the earliest in document
 * order. O((n + e) log n).
 *
 * <p>The queue holds step indexes in {@code int[]}s, keyed on stage then index, so ordering
 * boxes nothing. It is a sorted run beside a binary heap: steps mostly become ready in key
 * order (the collector lists them so), and a step after the run's last is appended to it in
 * one comparison; only the others go through the heap. Taking the least compares the run's
 * first with the heap's top. Each operation stays O(log n), most are O(1). Each step enters
 * the queue once, so the run (from the start) and the heap (from the end, reversed) share one
 * array of n.
 *
 * <p>Most configurations need none of it: their steps' own order is the applied order, as
 * the steps and the graph tell ({@link #inIndexOrder}).
 */
final class Orderer {
    /** Each step's {@link Stage} ordinal, read once: the queue compares them often, and only here. */
    private final byte[] stages;
    /** The run, {@code queue[runHead, runTail)}, and heap element k at {@code queue[queue.length - 1 - k]}. */
    private final int[] queue;
    private int runHead;
    private int runTail;
    private int heapSize;

    private Orderer(Steps steps) {
        this.stages = new byte[steps.size()];
        for (int i = 0; i < stages.length; i++) {
            stages[i] = (byte) steps.get(i).stage().ordinal();
        }
        this.queue = new int[steps.size()];
    }

    /** The step indexes in applied order, or a diagnostic naming a cycle. */
    static Ordering order(Graph graph) {
        int n = graph.size();
        int edges = graph.edgeCount();
        if (inIndexOrder(graph)) {
            return new Ordering(Optional.empty(), n, Optional.empty());
        }
        int[] waiting = new int[n];
        // The steps waiting for t are dependent[firstDependent[t]] up to firstDependent[t + 1].
        int[] firstDependent = new int[n + 1];
        for (int r = 0, rows = graph.rows(); r < rows; r++) {
            waiting[graph.waiter(r)] = graph.rowEnd(r) - graph.rowStart(r);
        }
        for (int e = 0; e < edges; e++) {
            firstDependent[graph.to(e)]++;
        }
        for (int t = 1; t <= n; t++) {
            firstDependent[t] += firstDependent[t - 1];
        }
        int[] dependent = new int[edges];
        for (int r = graph.rows() - 1; r >= 0; r--) { // backwards, so each step's dependents come out in index order
            int i = graph.waiter(r);
            for (int e = graph.rowEnd(r) - 1, begin = graph.rowStart(r); e >= begin; e--) {
                dependent[--firstDependent[graph.to(e)]] = i;
            }
        }

        Orderer ready = new Orderer(graph.steps);
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.push(i);
            }
        }
        int[] order = new int[n];
        int placed = 0;
        while (ready.runHead < ready.runTail || ready.heapSize > 0) {
            int next = ready.pop();
            order[placed++] = next;
            int first = firstDependent[next];
            int end = firstDependent[next + 1];
            for (int d = first; d < end; d++) {
                if (--waiting[dependent[d]] == 0) {
                    ready.push(dependent[d]);
                }
            }
        }
        if (placed == n) {
            return new Ordering(Optional.of(order), placed, Optional.empty());
        }
        return new Ordering(Optional.of(order), placed, Optional.of(Cycles.describe(graph, waiting)));
    }

    /**
     * Whether the steps' own order is the applied order, as it is for most configurations:
     * when every step waits only for earlier ones and no stage comes after a later one, the
     * first unplaced step is always ready and no ready step is before it, so Kahn's algorithm
     * would place the steps one by one, and its queue and tables can be skipped. The steps and
     * the graph note both conditions as they are built.
     */
    static boolean inIndexOrder(Graph graph) {
        return graph.steps.stagesInOrder() && graph.onlyBackwards();
    }

    private boolean before(int a, int b) {
        byte sa = stages[a];
        byte sb = stages[b];
        return sa != sb ? sa < sb : a < b;
    }

    private void push(int step) {
        if (runHead == runTail || before(queue[runTail - 1], step)) {
            queue[runTail++] = step;
        } else {
            heapPush(step);
        }
    }

    private int pop() {
        if (heapSize == 0 || runHead < runTail && before(queue[runHead], heap(0))) {
            return queue[runHead++];
        }
        return heapPop();
    }

    private void heapPush(int step) {
        int at = heapSize++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(step, heap(parent))) {
                break;
            }
            heap(at, heap(parent));
            at = parent;
        }
        heap(at, step);
    }

    private int heapPop() {
        int first = heap(0);
        int last = heap(--heapSize);
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && before(heap(child + 1), heap(child))) {
                child++;
            }
            if (!before(heap(child), last)) {
                break;
            }
            heap(at, heap(child));
            at = child;
        }
        heap(at, last);
        return first;
    }

    private int heap(int k) {
        return queue[queue.length - 1 - k];
    }

    private void heap(int k, int step) {
        queue[queue.length - 1 - k] = step;
    }

    /**
     * The applied order, complete unless a cycle was found: the first {@code placed} of
     * {@code order}. No {@code order} is index order, which most plans have: it is not worth an
     * array of n (see docs/performance.md).
     */
    record Ordering(Optional<int[]> order, int placed, Optional<Diagnostic> cycle) {
        /** The step placed {@code k}-th. */
        int step(int k) {
            return order.isPresent() ? order.get()[k] : k;
        }
    }
}
