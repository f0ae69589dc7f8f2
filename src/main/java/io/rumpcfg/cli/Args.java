package io.rumpcfg.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One command line, parsed against a command's {@link Usage}: the options' values, converted,
 * and the operands. Every way a line can be wrong is a {@link UsageError} in the words of this
 * tool, naming the option.
 *
 * <p>The grammar is the usual one: {@code --name VALUE} or {@code --name=VALUE}; a short
 * {@code -x}, flags of one letter joined ({@code -hV}), {@code -o VALUE} or {@code -oVALUE};
 * {@code -} is an operand (standard input); after {@code --} everything is. A long option is
 * matched whole, never by a prefix.
 *
 * <p>Written here rather than taken from a library: Apache Commons CLI, the well-kept parser
 * that starts fastest of those tried, made a cold start the first lambdas and streams of the
 * run, 10-15 ms of a command that takes 130 (docs/performance.md, "Cold start"). No lambda,
 * method reference or stream runs on a command's way to its work for the same reason.
 */
final class Args {
    private final Usage usage;
    /** Each option given, by long name, with its values in order (none for a flag). */
    private final Map<String, List<String>> given;
    private final List<String> operands;

    private Args(Usage usage, Map<String, List<String>> given, List<String> operands) {
        this.usage = usage;
        this.given = given;
        this.operands = operands;
    }

    /** Parses {@code args} against {@code usage}. */
    static Args parse(Usage usage, String[] args) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String arg = args[i++];
            if (arg.equals("--")) {
                while (i < args.length) {
                    operands.add(args[i++]);
                }
            } else if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                Usage.Declared option = declared(usage, eq < 0 ? arg : arg.substring(0, eq));
                if (eq >= 0 && !option.hasValue()) {
                    throw new UsageError("option '" + option.longName() + "' takes no value, got '" + arg + "'");
                }
                i = take(usage, option, eq < 0 ? Optional.empty() : Optional.of(arg.substring(eq + 1)), args, i, given);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                for (int c = 1; c < arg.length(); c++) {
                    Usage.Declared option = declared(usage, "-" + arg.charAt(c));
                    if (option.hasValue()) {
                        String rest = arg.substring(c + 1);
                        i = take(usage, option, rest.isEmpty() ? Optional.empty() : Optional.of(rest), args, i, given);
                        break;
                    }
                    take(usage, option, Optional.empty(), args, i, given);
                }
            } else {
                operands.add(arg);
            }
        }
        return new Args(usage, given, operands);
    }

    /** Records {@code option} with its value (inline, else the next argument); returns where the next one is. */
    private static int take(Usage usage, Usage.Declared option, Optional<String> inline, String[] args, int next,
            Map<String, List<String>> given) {
        List<String> values = given.get(option.longName());
        if (values == null) {
            values = new ArrayList<>(1);
            given.put(option.longName(), values);
        }
        if (!option.hasValue()) {
            return next;
        }
        if (inline.isPresent()) {
            values.add(inline.get());
            return next;
        }
        if (next >= args.length || usage.option(args[next]).isPresent()) {
            throw new UsageError("Missing required parameter for option '" + option.longName() + "' ("
                    + option.label().orElseThrow() + ")");
        }
        values.add(args[next]);
        return next + 1;
    }

    private static Usage.Declared declared(Usage usage, String name) {
        Optional<Usage.Declared> option = usage.option(name);
        if (option.isPresent()) {
            return option.get();
        }
        List<String> near = new ArrayList<>();
        for (Usage.Declared d : usage.declared()) {
            if (Names.near(name, d.longName())) {
                near.add(d.longName());
            }
        }
        throw new UsageError("Unknown option: '" + name + "'",
                near.isEmpty() ? null : "Possible solutions: " + String.join(", ", near));
    }

    /** Whether the flag {@code name} ({@code --strict}) was given. */
    boolean flag(String name) {
        return given.containsKey(name);
    }

    /** The value of {@code name}, given at most once. */
    Optional<String> value(String name) {
        List<String> values = given.get(name);
        if (values == null) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new UsageError("option '" + name + "' (" + label(name) + ") should be specified only once");
        }
        return Optional.of(values.get(0));
    }

    /** The value of the option {@code name} that must be given. */
    String required(String name) {
        Optional<String> value = value(name);
        if (value.isEmpty()) {
            throw new UsageError("Missing required option: '" + name + "=" + label(name) + "'");
        }
        return value.get();
    }

    /** Every value of the repeatable option {@code name}, in order. */
    List<String> values(String name) {
        List<String> values = given.get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    /** The value of {@code name} as one of {@code choices}, named in lower case and taken in any case. */
    <E extends Enum<E>> Optional<E> choice(String name, E[] choices) {
        Optional<String> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner names = new StringJoiner(", ");
        for (E choice : choices) {
            if (choice.name().equalsIgnoreCase(value.get())) {
                return Optional.of(choice);
            }
            names.add(choice.name().toLowerCase(Locale.ROOT));
        }
        throw new UsageError("Invalid value for option '" + name + "': expected one of " + names + " but was '"
                + value.get() + "'");
    }

    /** The value of {@code name} as a path. */
    Optional<Path> path(String name) {
        Optional<String> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value.get()));
        } catch (InvalidPathException e) {
            throw invalid(name, e);
        }
    }

    /** The operands, in order. */
    List<String> operands() {
        return operands;
    }

    /**
     * The usage error of a value of {@code name} that {@code e} says is wrong: a command converts
     * a value of its own kind (a duration, a size) and hands the converter's complaint here.
     */
    static UsageError invalid(String name, IllegalArgumentException e) {
        return new UsageError("Invalid value for option '" + name + "': " + e.getMessage());
    }

    private String label(String name) {
        Optional<Usage.Declared> declared = usage.option(name);
        return declared.isPresent() && declared.get().label().isPresent() ? declared.get().label().get() : "VALUE";
    }
}
