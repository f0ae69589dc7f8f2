package io.rumpcfg.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** FILE arguments and {@code --source}: a FILE is the short form of {@code --source file:FILE}. */
final class Specs {
    private Specs() {}

    /** The source specs named: the FILEs, or the one {@code --source}; never both, never none. */
    static List<String> of(List<String> files, Optional<String> source, CommandSpec command) {
        if (source.isPresent() && !files.isEmpty()) {
            throw new ParameterException(command.commandLine(), "give either FILE or --source, not both");
        }
        if (source.isPresent()) {
            return List.of(source.get());
        }
        if (files.isEmpty()) {
            throw new ParameterException(command.commandLine(), "Missing required parameter: FILE (or --source SPEC)");
        }
        return files.stream().map(FileArgument::spec).collect(Collectors.toList());
    }

    /** The one spec of a command that reads one configuration. */
    static String one(List<String> files, Optional<String> source, CommandSpec command) {
        List<String> specs = of(files, source, command);
        if (specs.size() > 1) {
            throw new ParameterException(command.commandLine(),
                    "give one FILE: this command reads one configuration, not " + specs.size());
        }
        return specs.get(0);
    }
}
