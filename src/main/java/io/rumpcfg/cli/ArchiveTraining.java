package io.rumpcfg.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run that {@code mvn package} makes the CLI's class archive from
 * ({@code target/rumpcfg.jsa}, docs/performance.md "Cold start"): in one JVM, every command
 * the tree has, each by the path a user's run takes, so that the archive holds what any
 * command loads. Not a command: the build names this class, no user does.
 *
 * <p>It runs {@code --help} and {@code --version}, then for each subcommand {@code --help} and
 * a usage error, found in the tree itself, so a command added to it is trained without
 * more; then each command line of the file given (one a line, arguments split at blanks,
 * {@code #} starts a comment), which run the commands' own work. What they print goes where a user's run prints it
 * (the build keeps it in {@code target/rumpcfg.jsa.log}).
 */
final class ArchiveTraining {
    private ArchiveTraining() {}

    public static void main(String[] args) throws IOException {
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"--help"});
        runs.add(new String[] {"--version"});
        runs.add(new String[] {"--no-such-option"});
        for (Subcommand subcommand : Subcommand.values()) {
            String name = subcommand.token();
            runs.add(new String[] {name, "--help"});
            runs.add(new String[] {name, "--no-such-option"});
        }
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String run = line.strip();
            if (!run.isEmpty() && !run.startsWith("#")) {
                runs.add(run.split("\\s+"));
            }
        }
        // Through Main, so that the entry point a run loads first is archived too.
        Main.useCliLogging();
        Io system = Io.system();
        PrintWriter out = system.out();
        for (String[] run : runs) {
            out.println("$ rumpcfg " + String.join(" ", run));
            CommandTree.execute(run, new Io(new ByteArrayInputStream(new byte[0]), out, system.err(), system.columns()));
        }
        out.println("trained on " + runs.size() + " runs");
        out.flush();
    }
}
