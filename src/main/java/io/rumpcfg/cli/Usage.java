package io.rumpcfg.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a command takes and what its {@code --help} prints: its name, what it does, its
 * operands, its options and, for a command with exit codes of its own, those. One description
 * serves the parser ({@link Args}) and the help, so that the two cannot disagree.
 *
 * <p>The layout is the usual one of a command-line tool: a synopsis naming every option, the
 * description, then one row per operand and option, wrapped at 80 columns.
 */
final class Usage {
    /** How wide the help is. */
    static final int WIDTH = 80;
    /** Where an option's description starts; a longer name puts it on the next line. */
    private static final int DESCRIPTION_COLUMN = 26;

    /**
     * One option as declared.
     *
     * @param longName    {@code --format}
     * @param shortName   {@code -o}, or empty
     * @param label       what its value is called, {@code FORMAT}; empty for a flag
     * @param description its row in the help
     * @param repeatable  whether it may be given again, each time adding a value
     * @param required    whether it must be given
     */
    record Declared(String longName, Optional<String> shortName, Optional<String> label, String description,
            boolean repeatable, boolean required) {
        /** Whether it takes a value. */
        boolean hasValue() {
            return label.isPresent();
        }

        /** How the synopsis and the list show it: {@code --format=FORMAT}. */
        String form() {
            return label.isPresent() ? longName + "=" + label.get() : longName;
        }
    }

    /** A row of the help that is not an option: an operand and what it is, an exit code and what it means. */
    private record Row(String head, String text) {}

    private final String name;
    private final String summary;
    private final List<String> details;
    private final String operands;
    private final List<Row> operandRows;
    private final List<Declared> declared;
    private final List<Row> exitCodes;

    private Usage(Builder b) {
        name = b.name;
        summary = b.summary;
        details = List.copyOf(b.details);
        operands = b.operands;
        operandRows = List.copyOf(b.operandRows);
        declared = List.copyOf(b.declared);
        exitCodes = List.copyOf(b.exitCodes);
    }

    /** A command's usage, {@code name} as the user types it after {@code rumpcfg}. */
    static Builder of(String name, String summary) {
        return new Builder(name, summary);
    }

    /** The name after {@code rumpcfg}: {@code validate}; empty for {@code rumpcfg} itself. */
    String name() {
        return name;
    }

    /** The command as the user types it, {@code rumpcfg validate}: the prefix of its usage errors. */
    String qualifiedName() {
        return name.isEmpty() ? "rumpcfg" : "rumpcfg " + name;
    }

    /** The first line of the description, as the list of commands shows it. */
    String summary() {
        return summary;
    }

    /** The options as declared, in order. */
    List<Declared> declared() {
        return declared;
    }

    /** The operands as the synopsis writes them: {@code [FILE...]}, {@code HYPERVISOR [FILE]}. */
    String operands() {
        return operands;
    }

    /** The option named {@code name}, long ({@code --format}) or short ({@code -o}), if the command has it. */
    Optional<Declared> option(String name) {
        for (Declared d : declared) {
            if (d.longName().equals(name) || d.shortName().isPresent() && d.shortName().get().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The synopsis: {@code Usage: rumpcfg validate [-hV] [--debug] ... [FILE...]}, wrapped. */
    String synopsis() {
        List<String> words = new ArrayList<>();
        words.add("[-hV]");
        List<Declared> sorted = sorted();
        for (Declared d : sorted) {
            if (!d.hasValue() && d.shortName().isEmpty()) {
                words.add("[" + d.form() + "]");
            }
        }
        for (Declared d : sorted) {
            if (d.hasValue() && !d.repeatable()) {
                words.add(d.required() ? d.form() : "[" + d.form() + "]");
            }
        }
        for (Declared d : sorted) {
            if (d.repeatable()) {
                words.add("[" + d.form() + "]...");
            }
        }
        if (!operands.isEmpty()) {
            words.add(operands);
        }
        String head = "Usage: " + qualifiedName() + " ";
        StringBuilder out = new StringBuilder();
        Text.wrapWords(words, head, " ".repeat(head.length()), WIDTH, out);
        return out.toString();
    }

    /** What {@code --help} prints. */
    String help() {
        StringBuilder out = new StringBuilder(synopsis());
        out.append(summary).append('\n');
        for (String paragraph : details) {
            out.append('\n');
            Text.wrap(paragraph, "", "", WIDTH, out);
        }
        for (Row row : operandRows) {
            row(out, "      " + row.head(), row.text());
        }
        for (Declared d : sorted()) {
            String names = d.shortName().isEmpty() ? "      " + d.form() : "  " + d.shortName().get() + ", " + d.form();
            row(out, names, d.description());
        }
        if (!exitCodes.isEmpty()) {
            out.append("\nExit codes:\n");
            int width = 0;
            for (Row code : exitCodes) {
                width = Math.max(width, code.head().length() + 3);
            }
            for (Row code : exitCodes) {
                String head = "  " + code.head() + " ".repeat(width - code.head().length());
                Text.wrap(code.text(), head, " ".repeat(head.length() + 2), WIDTH, out);
            }
        }
        return out.toString();
    }

    /** The options as the help lists them: by long name, as a reader looks one up. */
    private List<Declared> sorted() {
        List<Declared> sorted = new ArrayList<>(declared);
        sorted.sort(new ByLongName());
        return sorted;
    }

    private static void row(StringBuilder out, String names, String description) {
        if (names.length() <= DESCRIPTION_COLUMN - 2) {
            String head = names + " ".repeat(DESCRIPTION_COLUMN - names.length());
            Text.wrap(description, head, " ".repeat(DESCRIPTION_COLUMN + 2), WIDTH, out);
        } else {
            out.append(names).append('\n');
            Text.wrap(description, " ".repeat(DESCRIPTION_COLUMN), " ".repeat(DESCRIPTION_COLUMN + 2), WIDTH, out);
        }
    }

    /** Builds a {@link Usage}; {@code -h, --help} and {@code -V, --version} are added to every command. */
    static final class Builder {
        private final String name;
        private final String summary;
        private final List<String> details = new ArrayList<>();
        private String operands = "";
        private final List<Row> operandRows = new ArrayList<>();
        private final List<Declared> declared = new ArrayList<>();
        private final List<Row> exitCodes = new ArrayList<>();

        private Builder(String name, String summary) {
            this.name = name;
            this.summary = summary;
        }

        /** Paragraphs of description after the summary. */
        Builder details(String... paragraphs) {
            details.addAll(List.of(paragraphs));
            return this;
        }

        /** The operands as the synopsis writes them. */
        Builder operands(String synopsis) {
            operands = synopsis;
            return this;
        }

        /** One operand's row in the help. */
        Builder operand(String label, String description) {
            operandRows.add(new Row(label, description));
            return this;
        }

        /** An option without a value: {@code --strict}. */
        Builder flag(String longName, String description) {
            return add(longName, Optional.empty(), Optional.empty(), description, false, false);
        }

        /** An option with a value, given at most once: {@code --format FORMAT}. */
        Builder option(String longName, String label, String description) {
            return add(longName, Optional.empty(), Optional.of(label), description, false, false);
        }

        /** An option with a value that must be given: {@code --kernel FILE}. */
        Builder required(String longName, String label, String description) {
            return add(longName, Optional.empty(), Optional.of(label), description, false, true);
        }

        /** The same, with a short name too: {@code -o, --output OUT.iso}. */
        Builder required(String shortName, String longName, String label, String description) {
            return add(longName, Optional.of(shortName), Optional.of(label), description, false, true);
        }

        /** An option with a value that may be given again, each adding one: {@code --disk NAME=FILE}. */
        Builder repeatable(String longName, String label, String description) {
            return add(longName, Optional.empty(), Optional.of(label), description, true, false);
        }

        /** An exit code of this command and what it means; {@code *} for any other. */
        Builder exitCode(String code, String meaning) {
            exitCodes.add(new Row(code, meaning));
            return this;
        }

        Usage build() {
            add("--help", Optional.of("-h"), Optional.empty(), "Show this help message and exit.", false, false);
            add("--version", Optional.of("-V"), Optional.empty(), "Print version information and exit.", false, false);
            return new Usage(this);
        }

        private Builder add(String longName, Optional<String> shortName, Optional<String> label, String description,
                boolean repeatable, boolean required) {
            if (!longName.startsWith("--") || shortName.isPresent() && shortName.get().length() != 2) {
                throw new IllegalArgumentException("an option is --name, and -x besides: " + longName + " " + shortName);
            }
            declared.add(new Declared(longName, shortName, label, description, repeatable, required));
            return this;
        }
    }

    /** Options by long name, as the help lists them. */
    private static final class ByLongName implements Comparator<Declared> {
        @Override
        public int compare(Declared a, Declared b) {
            return a.longName().compareTo(b.longName());
        }
    }
}
