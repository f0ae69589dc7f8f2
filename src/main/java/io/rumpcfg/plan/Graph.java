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
 * order, which one pass over the steps does naturally. Only a step that waits has a row: in
 * most plans few do (rc:0 waits for most of configuration), and a row per step cost an array
 * of n. Passes over every edge go row by row; the edges of one step are found by a binary
 * search of the rows.
 */
final class Graph {
    private static final Reason[] REASONS = Reason.values();

    final Steps steps;
    /** Each step's id once spelled; allocated when the first is, which the boot path never asks for. */
    private String[] ids;
    /**
     * Row {@code r} is the edges of step {@code waiter[r]}: {@code rowStart[r]} (inclusive) to
     * the next row's start, the last row's to {@code edges}. Steps in increasing order.
     */
    private int[] waiter = new int[8];
    private int[] rowStart = new int[8];
    private int rows;
    private int[] to;
    /** Each edge's {@link Reason}, by ordinal. */
    private byte[] reason;
    private int edges;
    /** Whether every edge so far goes from a step to an earlier one. */
    private boolean backwards = true;

    /** A graph of {@code steps}, without edges. */
    Graph(List<Step> steps) {
        this(Steps.of(steps));
    }

    /** A graph of {@code steps}, without edges. */
    Graph(Steps steps) {
        this.steps = steps;
        to = new int[Math.max(8, steps.size())];
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
        if (rows == 0 || waiter[rows - 1] != from) {
            newRow(from);
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

    private void newRow(int from) {
        if (rows > 0 && from < waiter[rows - 1]) {
            throw new IllegalStateException("edges of " + id(from) + " added after those of " + id(waiter[rows - 1]));
        }
        if (rows == waiter.length) {
            waiter = Arrays.copyOf(waiter, rows * 2);
            rowStart = Arrays.copyOf(rowStart, rows * 2);
        }
        waiter[rows] = from;
        rowStart[rows++] = edges;
    }

    /** How many steps wait: rows {@code 0} to {@code rows() - 1}. */
    int rows() {
        return rows;
    }

    /** The step whose edges row {@code r} holds. */
    int waiter(int r) {
        return waiter[r];
    }

    /** The first edge of row {@code r}. */
    int rowStart(int r) {
        return rowStart[r];
    }

    /** Past the last edge of row {@code r}. */
    int rowEnd(int r) {
        return r + 1 < rows ? rowStart[r + 1] : edges;
    }

    /** The first edge of step {@code from}; its edges end at {@link #edgesEnd}. */
    int edgesStart(int from) {
        int r = Arrays.binarySearch(waiter, 0, rows, from);
        return r < 0 ? 0 : rowStart[r];
    }

    /** Past the last edge of step {@code from}, in the order the edges were added. */
    int edgesEnd(int from) {
        int r = Arrays.binarySearch(waiter, 0, rows, from);
        return r < 0 ? 0 : rowEnd(r);
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
