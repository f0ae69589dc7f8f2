package io.rumpcfg.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The commands and how a run reaches one: {@code rumpcfg COMMAND [OPTIONS] [OPERANDS]}. Every
 * run, of every command, takes this one path: the arguments are parsed against the command's
 * {@link Usage}, {@code --help} and {@code --version} are answered, then the command is made
 * from its arguments and called. A usage error is one line and where the help is; a failure
 * no command expected is one line too, with the stack trace only on {@code --debug}.
 */
final class CommandTree {
    /** {@code rumpcfg} itself, which only dispatches. */
    static final Usage ROOT = Usage.of("", "Reads, validates, plans and applies rumprun unikernel JSON configurations.")
            .operands("COMMAND")
            .exitCode("0", "valid (warnings allowed unless --deny-warnings), or applied")
            .exitCode("1", "invalid configuration (with --deny-warnings, any warning); nothing applied")
            .exitCode("2", "usage error")
            .exitCode("3", "a step or a foreground program failed")
            .exitCode("4", "an input could not be read")
            .exitCode("5", "run --timeout passed; every program was killed")
            .build();

    private CommandTree() {}

    /** Runs the command {@code args} name, and returns its exit code. */
    static int execute(String[] args, Io io) {
        Optional<Subcommand> command = args.length == 0 ? Optional.empty() : find(args[0]);
        Usage usage = command.isPresent() ? command.get().usage() : ROOT;
        try {
            if (command.isPresent()) {
                String[] rest = new String[args.length - 1];
                System.arraycopy(args, 1, rest, 0, rest.length);
                return run(command.get(), rest, io);
            }
            return root(args, io);
        } catch (UsageError e) {
            io.err().println(usage.qualifiedName() + ": " + e.getMessage());
            if (e.hint().isPresent()) {
                io.err().println(e.hint().get());
            }
            io.err().println("see '" + usage.qualifiedName() + " --help'");
            io.err().flush();
            return ExitCode.USAGE;
        } catch (IOException | RuntimeException | Error e) {
            // A JVM Error too (a stack or heap exhausted by input no limit caught, a file that
            // shrank under a mapping): one line and exit code 3, never a raw trace.
            io.out().flush();
            return InternalFailure.report(e, Arrays.asList(args).contains("--debug"), io.err());
        }
    }

    /** The subcommand named {@code name}. */
    static Optional<Subcommand> find(String name) {
        for (Subcommand s : Subcommand.values()) {
            if (s.token().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static int run(Subcommand subcommand, String[] args, Io io) throws IOException {
        Args parsed = Args.parse(subcommand.usage(), args);
        if (answered(subcommand.usage(), parsed, io)) {
            return ExitCode.OK;
        }
        return subcommand.command(parsed).call(io);
    }

    private static int root(String[] args, Io io) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            List<String> near = new ArrayList<>();
            for (Subcommand s : Subcommand.values()) {
                if (Names.near(args[0], s.token())) {
                    near.add("rumpcfg " + s.token());
                }
            }
            throw new UsageError("no command '" + args[0] + "'",
                    near.isEmpty() ? null : "Did you mean: " + String.join(" or ", near) + "?");
        }
        Args parsed = Args.parse(ROOT, args);
        if (answered(ROOT, parsed, io)) {
            return ExitCode.OK;
        }
        throw new UsageError(parsed.operands().isEmpty() ? "give a command; 'rumpcfg --help' lists them"
                : "no command '" + parsed.operands().get(0) + "'");
    }

    /** Prints the help or the version when asked, as every command does, before anything else. */
    private static boolean answered(Usage usage, Args parsed, Io io) {
        if (parsed.flag("--help")) {
            io.out().print(usage == ROOT ? rootHelp() : usage.help());
        } else if (parsed.flag("--version")) {
            io.out().println(Version.line());
        } else {
            return false;
        }
        io.out().flush();
        return true;
    }

    /** The help of {@code rumpcfg} itself: its usage and the list of commands. */
    static String rootHelp() {
        String help = ROOT.help();
        int codes = help.indexOf("\nExit codes:");
        StringBuilder commands = new StringBuilder("Commands:\n");
        int width = 0;
        for (Subcommand s : Subcommand.values()) {
            width = Math.max(width, s.token().length() + 3);
        }
        for (Subcommand s : Subcommand.values()) {
            String head = "  " + s.usage().name() + " ".repeat(width - s.usage().name().length());
            Text.wrap(s.usage().summary(), head, " ".repeat(head.length() + 2), Usage.WIDTH, commands);
        }
        return help.substring(0, codes) + commands + help.substring(codes);
    }
}
