package io.rumpcfg.plan;

/** How {@link PlanWriter} shows a plan. */
public enum PlanFormat {
    /** Numbered steps, one line each (wrapped to 80 columns): the command and what it waits for. */
    TEXT,
    /** {@code {"steps": [{"id", "op", "at", "line", "after", "because", "args"}]}}, pretty-printed. */
    JSON,
    /** The dependency graph in Graphviz's dot language. */
    DOT,
    /** The dependency graph as a Mermaid flowchart. */
    MERMAID
}
