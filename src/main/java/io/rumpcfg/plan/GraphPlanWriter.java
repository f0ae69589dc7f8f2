package io.rumpcfg.plan;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * The plan's dependency graph, for a picture of the boot: one node per step (its number, id
 * and command), one arrow from each step to each step that waits for it, labelled with the
 * reason.
 */
final class GraphPlanWriter {
    private GraphPlanWriter() {}

    static void dot(Plan plan, boolean reveal, Writer out) throws IOException {
        out.write("digraph plan {\n");
        out.write("  rankdir=TB;\n");
        out.write("  node [shape=box, fontname=\"monospace\"];\n");
        for (String note : plan.notes()) {
            out.write("  // note: " + note.replace('\n', ' ') + "\n");
        }
        int number = 1;
        for (Step step : plan.steps()) {
            out.write("  " + dotQuoted(step.id()) + " [label=" + dotQuoted(label(number++, step, reveal, "\n")) + "];\n");
        }
        for (Step step : plan.steps()) {
            for (Dependency d : plan.dependenciesOf(step)) {
                out.write("  " + dotQuoted(d.stepId()) + " -> " + dotQuoted(step.id())
                        + " [label=" + dotQuoted(d.because()) + "];\n");
            }
        }
        out.write("}\n");
    }

    static void mermaid(Plan plan, boolean reveal, Writer out) throws IOException {
        out.write("flowchart TD\n");
        for (String note : plan.notes()) {
            out.write("  %% note: " + note.replace('\n', ' ') + "\n");
        }
        // Step ids hold ':' and '/', which mermaid node ids cannot: nodes are s1, s2, ... instead.
        Map<String, String> node = new HashMap<>();
        int number = 1;
        for (Step step : plan.steps()) {
            String id = "s" + number;
            node.put(step.id(), id);
            out.write("  " + id + "[\"" + mermaidText(label(number++, step, reveal, "\n")) + "\"]\n");
        }
        for (Step step : plan.steps()) {
            for (Dependency d : plan.dependenciesOf(step)) {
                out.write("  " + node.get(d.stepId()) + " -->|\"" + mermaidText(d.because()) + "\"| "
                        + node.get(step.id()) + "\n");
            }
        }
    }

    private static String label(int number, Step step, boolean reveal, String newline) {
        return number + ". " + step.id() + newline + StepWords.describe(step, reveal);
    }

    /** A dot double-quoted string: backslash and quote escaped, newlines as {@code \n}. */
    static String dotQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * Text inside a mermaid {@code "..."} label: characters mermaid would read as syntax
     * become entity codes ({@code #quot;}, {@code #35;}), newlines {@code <br/>}.
     */
    static String mermaidText(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("<br/>");
            } else if (c == '"') {
                out.append("#quot;");
            } else if (c == '<') {
                out.append("#lt;");
            } else if (c == '>') {
                out.append("#gt;");
            } else if (c == '#' || c == '|' || c == '`' || c == '&' || c == '%') {
                out.append('#').append((int) c).append(';');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
