package io.rumpcfg.plan;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan as numbered lines: number, id, command, and the numbers of the steps it waits
 * for, or with {@link TextLayout#why()} one line per reason it waits. Lines longer than the
 * layout's width wrap, continuing under the command. An {@code after} list is kept whole on
 * one line where it fits, and otherwise wraps between its numbers, so that each line of it
 * still says what it lists.
 */
final class TextPlanWriter {
    /** Ids longer than this push the command onto the next line instead of widening the column. */
    private static final int MAX_ID_COLUMN = 22;
    private static final String AFTER = "after ";
    /** Between the command and an {@code after} list on the same line. */
    private static final String AFTER_GAP = "   ";
    /** Where a note's continuation lines start: under its first word. */
    private static final int NOTE_INDENT = "note: ".length();

    private TextPlanWriter() {}

    static void write(Plan plan, boolean reveal, TextLayout layout, Writer out) throws IOException {
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
            Line line = new Line(out, layout.width());
            line.append(" ".repeat(numberWidth - Integer.toString(k + 1).length()) + (k + 1) + "  " + step.id());
            if (step.id().length() > idColumn) {
                line.newLine(commandColumn);
            } else {
                line.padTo(commandColumn);
            }
            line.pieces(words(StepWords.describe(step, reveal)), commandColumn);
            List<Dependency> after = plan.dependenciesOf(step);
            if (after.isEmpty()) {
                line.end();
            } else if (layout.why()) {
                for (Map.Entry<String, List<Integer>> reason : byReason(after, numbers).entrySet()) {
                    line.newLine(commandColumn);
                    List<String> items = items(reason.getValue());
                    int last = items.size() - 1;
                    items.set(last, items.get(last) + ":");
                    line.pieces(items, commandColumn + AFTER.length());
                    line.pieces(words(reason.getKey()), commandColumn + AFTER.length());
                }
                line.end();
            } else {
                List<Integer> waited = new ArrayList<>();
                for (Dependency d : after) {
                    waited.add(numbers.get(d.stepId()));
                }
                List<String> items = items(waited);
                if (!line.fits(AFTER_GAP + String.join(" ", items))) {
                    line.newLine(commandColumn);
                }
                line.gap(AFTER_GAP);
                line.pieces(items, commandColumn + AFTER.length());
                line.end();
            }
        }
        for (String note : plan.notes()) {
            Line line = new Line(out, layout.width());
            line.append("note:");
            line.pieces(words(note), NOTE_INDENT);
            line.end();
        }
    }

    /** The numbers waited for under each reason, the reasons in the order they first come. */
    private static Map<String, List<Integer>> byReason(List<Dependency> after, Map<String, Integer> numbers) {
        Map<String, List<Integer>> reasons = new LinkedHashMap<>();
        for (Dependency d : after) {
            List<Integer> waited = reasons.get(d.because());
            if (waited == null) {
                waited = new ArrayList<>();
                reasons.put(d.because(), waited);
            }
            waited.add(numbers.get(d.stepId()));
        }
        return reasons;
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    /** {@code after 4,}, {@code 5,}, {@code 6}: the pieces an after list may wrap between. */
    private static List<String> items(List<Integer> numbers) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            items.add((i == 0 ? AFTER : "") + numbers.get(i) + (i + 1 < numbers.size() ? "," : ""));
        }
        return items;
    }

    /** One step's lines, wrapped at a width. */
    private static final class Line {
        private final StringBuilder line = new StringBuilder();
        private final Writer out;
        private final int width;
        /** Whether the line holds only its indent, so the next piece goes on it whatever its length. */
        private boolean fresh = true;
        /** The gap before the next piece, when it goes on this line. */
        private String gap = "";

        Line(Writer out, int width) {
            this.out = out;
            this.width = width;
        }

        void append(String text) {
            line.append(text);
            fresh = false;
        }

        /** Blanks up to {@code column}, where the next piece starts with no gap. */
        void padTo(int column) {
            line.append(" ".repeat(column - line.length()));
            fresh = true;
        }

        /** Whether {@code text} fits after what the line holds. */
        boolean fits(String text) {
            return line.length() + text.length() <= width;
        }

        /** The gap before the next piece, instead of one blank. */
        void gap(String gap) {
            this.gap = gap;
        }

        /**
         * Pieces (words, or the items of a list) each on this line where it fits, else on a new
         * line at {@code indent}; a piece is never split.
         */
        void pieces(List<String> pieces, int indent) throws IOException {
            for (String piece : pieces) {
                String before = fresh ? "" : gap.isEmpty() ? " " : gap;
                if (!fresh && !fits(before + piece)) {
                    newLine(indent);
                    before = "";
                }
                line.append(before).append(piece);
                fresh = false;
                gap = "";
            }
        }

        void newLine(int indent) throws IOException {
            end();
            line.setLength(0);
            line.append(" ".repeat(indent));
            fresh = true;
            gap = "";
        }

        void end() throws IOException {
            out.write(line.toString().stripTrailing());
            out.write('\n');
        }
    }
}
