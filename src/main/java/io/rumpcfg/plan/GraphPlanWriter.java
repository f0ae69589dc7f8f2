package io.rumpcfg.plan;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's dependency graph, for a picture of the boot: one node per step (its number, id
 * and command), one arrow from each step to each step that waits for it, labelled with the
 * reason.
 *
 * <p>The configuration steps, when there are programs after them, are drawn inside one box,
 * {@value #CONFIGURATION}; the first program's wait for them is one arrow from that box, not an
 * arrow from each step it waits for with the same words.
 */
final class GraphPlanWriter {
    /** The name and the label of the box around the configuration steps. */
    static final String CONFIGURATION = "configuration";

    private GraphPlanWriter() {}

    static void dot(Plan plan, boolean reveal, Writer out) throws IOException {
        Optional<Step> lastWaited = lastWaitedForConfiguration(plan);
        out.write("digraph plan {\n");
        out.write("  rankdir=TB;\n");
        if (lastWaited.isPresent()) {
            // Lets an edge start at the box's border (ltail) rather than at a step inside it.
            out.write("  compound=true;\n");
        }
        out.write("  node [shape=box, fontname=\"monospace\"];\n");
        for (String note : plan.notes()) {
            out.write("  // note: " + note.replace('\n', ' ') + "\n");
        }
        int number = 1;
        if (lastWaited.isPresent()) {
            out.write("  subgraph cluster_" + CONFIGURATION + " {\n");
            out.write("    label=" + dotQuoted(CONFIGURATION) + ";\n");
            out.write("    style=dashed;\n");
            for (Step step : plan.steps()) {
                if (isConfiguration(step)) {
                    out.write("    " + dotNode(number, step, reveal));
                }
                number++;
            }
            out.write("  }\n");
        }
        number = 1;
        for (Step step : plan.steps()) {
            if (lastWaited.isEmpty() || !isConfiguration(step)) {
                out.write("  " + dotNode(number, step, reveal));
            }
            number++;
        }
        for (Step step : plan.steps()) {
            for (Dependency d : plan.dependenciesOf(step)) {
                if (!isAfterConfiguration(d)) {
                    out.write("  " + dotQuoted(d.stepId()) + " -> " + dotQuoted(step.id())
                            + " [label=" + dotQuoted(d.because()) + "];\n");
                } else if (d.stepId().equals(lastWaited.orElseThrow().id())) {
                    out.write("  " + dotQuoted(d.stepId()) + " -> " + dotQuoted(step.id())
                            + " [ltail=cluster_" + CONFIGURATION + ", label=" + dotQuoted(d.because()) + "];\n");
                }
            }
        }
        out.write("}\n");
    }

    private static String dotNode(int number, Step step, boolean reveal) {
        return dotQuoted(step.id()) + " [label=" + dotQuoted(label(number, step, reveal, "\n")) + "];\n";
    }

    static void mermaid(Plan plan, boolean reveal, Writer out) throws IOException {
        Optional<Step> lastWaited = lastWaitedForConfiguration(plan);
        out.write("flowchart TD\n");
        for (String note : plan.notes()) {
            out.write("  %% note: " + note.replace('\n', ' ') + "\n");
        }
        // Step ids hold ':' and '/', which mermaid node ids cannot: nodes are s1, s2, ... instead.
        Map<String, String> node = new HashMap<>();
        List<Step> steps = plan.steps();
        for (int k = 0; k < steps.size(); k++) {
            node.put(steps.get(k).id(), "s" + (k + 1));
        }
        if (lastWaited.isPresent()) {
            out.write("  subgraph " + CONFIGURATION + "\n");
            for (int k = 0; k < steps.size(); k++) {
                if (isConfiguration(steps.get(k))) {
                    out.write("    " + mermaidNode(k + 1, steps.get(k), reveal));
                }
            }
            out.write("  end\n");
        }
        for (int k = 0; k < steps.size(); k++) {
            if (lastWaited.isEmpty() || !isConfiguration(steps.get(k))) {
                out.write("  " + mermaidNode(k + 1, steps.get(k), reveal));
            }
        }
        for (Step step : steps) {
            for (Dependency d : plan.dependenciesOf(step)) {
                if (!isAfterConfiguration(d)) {
                    out.write("  " + node.get(d.stepId()) + " -->|\"" + mermaidText(d.because()) + "\"| "
                            + node.get(step.id()) + "\n");
                } else if (d.stepId().equals(lastWaited.orElseThrow().id())) {
                    out.write("  " + CONFIGURATION + " -->|\"" + mermaidText(d.because()) + "\"| "
                            + node.get(step.id()) + "\n");
                }
            }
        }
    }

    private static String mermaidNode(int number, Step step, boolean reveal) {
        return "s" + number + "[\"" + mermaidText(label(number, step, reveal, "\n")) + "\"]\n";
    }

    /**
     * Of the configuration steps a program waits for because programs start after
     * configuration, the last in the plan: where the one arrow from the box starts. Empty when
     * no program waits so, and then there is no box.
     */
    private static Optional<Step> lastWaitedForConfiguration(Plan plan) {
        Map<String, Step> byId = new HashMap<>();
        for (Step step : plan.steps()) {
            byId.put(step.id(), step);
        }
        Optional<Step> last = Optional.empty();
        for (Step step : plan.steps()) {
            for (Dependency d : plan.dependenciesOf(step)) {
                if (isAfterConfiguration(d)) {
                    last = Optional.of(byId.get(d.stepId()));
                }
            }
        }
        return last;
    }

    private static boolean isAfterConfiguration(Dependency d) {
        return d.because().equals(Reason.PROGRAMS_AFTER_CONFIGURATION);
    }

    private static boolean isConfiguration(Step step) {
        return step.stage() != Stage.RC;
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
