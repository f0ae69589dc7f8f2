package io.rumpcfg.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The steps and their dependency edges, by index into {@code steps}. A step waits for
 * another at most once: the rules give each edge once, so the graph does not look for a
 * second (which would cost a table of n per plan).
 *
 * <p>Edges live in primitive arrays, grouped by the waiting step (compressed sparse rows),
 * because the planner runs on the boot path: one map per step cost more than the rest of
 * planning. That layout asks the rules to add each step's edges together, steps in index
 * order, which one pass over the steps does naturally.
 */
final class Graph {
    private static final Reason[] REASONS = Reason.values();

    final Steps steps;
    /** Each step's id once spelled; allocated when the first is, which the boot path never asks for. */
    private String[] ids;
    /**
     * The edges of step {@code i} are {@code start[i]} (inclusive) to {@code start[i + 1]},
     * each written as the steps being added pass it: the current step's end is {@code edges}.
     */
    private final int[] start;
    private int[] to;
    /** Each edge's {@link Reason}, by ordinal. */
    private byte[] reason;
    private int edges;
    /** The step whose edges are being added; every later step has none yet. */
    private int current;
    /** Whether every edge so far goes from a step to an earlier one. */
    private boolean backwards = true;

    /** A graph of {@code steps}, without edges. */
    Graph(List<Step> steps) {
        this(Steps.of(steps));
    }

    /** A graph of {@code steps}, without edges. */
    Graph(Steps steps) {
        this.steps = steps;
        int n = steps.size();
        start = new int[n + 1];
        to = new int[Math.max(8, n)];
        reason = new byte[to.length];
    }

    int size() {
        return steps.size();
    }

    /** The id of step {@code i}, spelled once however often it is asked for. */
    String id(int i) {
        if (ids == null) {
            ids = new String[steps.size()];
        }
        String id = ids[i];
        if (id == null) {
            id = steps.get(i).id();
            ids[i] = id;
        }
        return id;
    }

    /**
     * Step {@code from} waits for step {@code to}, which it did not wait for yet, because of
     * {@code reason}.
     *
     * @throws IllegalStateException if {@code from} is before a step that already has edges
     */
    void add(int from, int to, Reason reason) {
        if (from < current) {
            throw new IllegalStateException("edges of " + id(from) + " added after those of " + id(current));
        }
        for (; current < from; current++) {
            start[current + 1] = edges;
        }
        backwards &= to < from;
        if (edges == this.to.length) {
            this.to = Arrays.copyOf(this.to, edges * 2);
            this.reason = Arrays.copyOf(this.reason, edges * 2);
        }
        this.to[edges] = to;
        this.reason[edges] = (byte) reason.ordinal();
        edges++;
    }

    /** The first edge of step {@code from}; its edges end at {@link #edgesEnd}. */
    int edgesStart(int from) {
        return from <= current ? start[from] : edges;
    }

    /** Past the last edge of step {@code from}, in the order the edges were added. */
    int edgesEnd(int from) {
        return from < current ? start[from + 1] : edges;
    }

    /** Whether every step waits only for earlier ones. */
    boolean onlyBackwards() {
        return backwards;
    }

    /** How many edges there are: those of every step so far. */
    int edgeCount() {
        return edges;
    }

    /** The step edge {@code e} goes to. */
    int to(int e) {
        return to[e];
    }

    /** Why edge {@code e}'s step waits. */
    Reason reason(int e) {
        return REASONS[reason[e]];
    }

    /** Why step {@code from} waits, along its edge {@code e}, in words. */
    String words(int from, int e) {
        return reason(e).words(steps.get(from), steps.get(to[e]));
    }
}
