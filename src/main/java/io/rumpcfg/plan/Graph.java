package io.rumpcfg.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps and their dependency edges, by index into {@code steps}. A step waits for
 * another at most once: the first reason given for an edge is kept.
 */
final class Graph {
    final List<Step> steps;
    private final List<Map<Integer, String>> after = new ArrayList<>();

    Graph(List<Step> steps) {
        this.steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            after.add(new LinkedHashMap<>());
        }
    }

    int size() {
        return steps.size();
    }

    /** Step {@code from} waits for step {@code to} because of {@code reason}. */
    void add(int from, int to, String reason) {
        after.get(from).putIfAbsent(to, reason);
    }

    /** What step {@code from} waits for: index to reason, in the order the edges were added. */
    Map<Integer, String> after(int from) {
        return after.get(from);
    }
}
