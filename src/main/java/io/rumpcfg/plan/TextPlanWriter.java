package io.rumpcfg.plan;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan as numbered lines: number, id, command, and the numbers of the steps it waits
 * for. Lines longer than {@link #WIDTH} wrap, continuing under the command.
 */
final class TextPlanWriter {
    static final int WIDTH = 80;
    /** Ids longer than this push the command onto the next line instead of widening the column. */
    private static final int MAX_ID_COLUMN = 22;

    private TextPlanWriter() {}

    static void write(Plan plan, boolean reveal, Writer out) throws IOException {
        List<Step> steps = plan.steps();
        if (steps.isEmpty()) {
            out.write("nothing to do\n");
        }
        Map<String, Integer> numbers = new HashMap<>();
        int idColumn = 0;
        for (int k = 0; k < steps.size(); k++) {
            numbers.put(steps.get(k).id(), k + 1);
            idColumn = Math.max(idColumn, Math.min(MAX_ID_COLUMN, steps.get(k).id().length()));
        }
        int numberWidth = Integer.toString(steps.size()).length();
        int commandColumn = numberWidth + 2 + idColumn + 2;
        for (int k = 0; k < steps.size(); k++) {
            Step step = steps.get(k);
            StringBuilder head = new StringBuilder();
            head.append(" ".repeat(numberWidth - Integer.toString(k + 1).length())).append(k + 1)
                    .append("  ").append(step.id());
            Wrapped line = new Wrapped(head, commandColumn, out);
            if (step.id().length() > idColumn) {
                line.newLine();
            } else {
                head.append(" ".repeat(commandColumn - head.length()));
            }
            line.words(StepWords.describe(step, reveal).split(" "), "");
            List<Dependency> after = plan.dependenciesOf(step);
            if (!after.isEmpty()) {
                List<String> words = new ArrayList<>();
                words.add("after");
                for (int d = 0; d < after.size(); d++) {
                    words.add(numbers.get(after.get(d).stepId()) + (d + 1 < after.size() ? "," : ""));
                }
                line.words(words.toArray(new String[0]), "  ");
            }
            line.end();
        }
        for (String note : plan.notes()) {
            out.write("note: " + note + "\n");
        }
    }

    /** One step's line, wrapped at {@link #WIDTH} with continuations at {@code indent}. */
    private static final class Wrapped {
        private final StringBuilder line;
        private final int indent;
        private final Writer out;
        private boolean fresh = true;

        Wrapped(StringBuilder start, int indent, Writer out) {
            this.line = start;
            this.indent = indent;
            this.out = out;
        }

        void words(String[] words, String extraGap) throws IOException {
            for (int w = 0; w < words.length; w++) {
                String gap = fresh ? "" : " " + (w == 0 ? extraGap : "");
                if (!fresh && line.length() + gap.length() + words[w].length() > WIDTH) {
                    newLine();
                    gap = "";
                }
                line.append(gap).append(words[w]);
                fresh = false;
            }
        }

        void newLine() throws IOException {
            out.write(line.toString().stripTrailing());
            out.write('\n');
            line.setLength(0);
            line.append(" ".repeat(indent));
            fresh = true;
        }

        void end() throws IOException {
            out.write(line.toString().stripTrailing());
            out.write('\n');
        }
    }
}
