package io.rumpcfg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** FILE arguments and {@code --source}: a FILE is the short form of {@code --source file:FILE}. */
final class Specs {
    /** The FILE operand of a command that reads one configuration, as help shows it. */
    static final String ONE_FILE = "[FILE]";
    /** What that operand is. */
    static final String ONE_FILE_HELP = "The configuration; - reads standard input.";

    private Specs() {}

    /** The source specs named: the FILEs, or the one {@code --source}; never both, never none. */
    static List<String> of(List<String> files, Optional<String> source) {
        if (source.isPresent() && !files.isEmpty()) {
            throw new UsageError("give either FILE or --source, not both");
        }
        if (source.isPresent()) {
            return List.of(source.get());
        }
        if (files.isEmpty()) {
            throw new UsageError("Missing required parameter: FILE (or --source SPEC)");
        }
        List<String> specs = new ArrayList<>(files.size());
        for (String file : files) {
            specs.add(FileArgument.spec(file));
        }
        return specs;
    }

    /** The one spec of a command that reads one configuration. */
    static String one(List<String> files, Optional<String> source) {
        List<String> specs = of(files, source);
        if (specs.size() > 1) {
            throw new UsageError("give one FILE: this command reads one configuration, not " + specs.size());
        }
        return specs.get(0);
    }
}
