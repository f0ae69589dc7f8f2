package io.rumpcfg.plan;

/** How {@link PlanWriter} shows a plan. */
public enum PlanFormat {
    /**
     * Numbered steps, one line each (wrapped at a {@link TextLayout}'s width): the command and
     * what it waits for, or with {@link TextLayout#why()} why.
     */
    TEXT,
    /**
     * {@code {"steps": [{"id", "op", "at", "line", "after", "because", "args"}]}}, pretty-printed;
     * {@link PlanWriter#writeJson} adds the document's diagnostics.
     */
    JSON,
    /** The dependency graph in Graphviz's dot language. */
    DOT,
    /** The dependency graph as a Mermaid flowchart. */
    MERMAID
}
