package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** CommandTree builds only the subcommand a run names; what the run prints and returns must not change. */
class CommandTreeTest {
    static Stream<Arguments> runs() {
        Stream<String[]> helps = RumpcfgCommand.SUBCOMMANDS.stream()
                .map(c -> new String[] {c.getAnnotation(Command.class).name(), "--help"});
        return Stream.concat(helps, Stream.of(
                new String[] {"plan", "--no-such-option"},
                new String[] {"validate"},
                new String[] {"plna"},
                new String[] {"--help"},
                new String[] {})).map(args -> Arguments.of((Object) args));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void aRunPrintsWhatTheWholeCommandTreePrints(String[] args) {
        assertThat(run(CommandTree.commandLine(new ByteArrayInputStream(new byte[0]), args), args))
                .isEqualTo(run(CommandTree.commandLine(new ByteArrayInputStream(new byte[0])), args));
    }

    @Test
    void theRootHelpListsEverySubcommand() {
        String help = run(CommandTree.commandLine(new ByteArrayInputStream(new byte[0]), new String[] {"--help"}), "--help");

        for (Class<?> c : RumpcfgCommand.SUBCOMMANDS) {
            assertThat(help).contains(c.getAnnotation(Command.class).name());
        }
    }

    private static String run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return exit + "\n" + out + "\n---\n" + err;
    }
}
