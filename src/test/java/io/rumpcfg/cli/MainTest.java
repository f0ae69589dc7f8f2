package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whichever path Main sends a run down, it prints and returns what picocli's command tree would. */
class MainTest {
    static Stream<Arguments> runs() {
        return Stream.of(
                new String[] {"plan", "docs/examples/hw-webserver.json"},
                new String[] {"plan", "docs/examples/no-such.json"},
                new String[] {"plan", "-"},
                new String[] {"plan", "--format", "json", "docs/examples/hw-webserver.json"},
                new String[] {"plan", "--", "docs/examples/hw-webserver.json"},
                new String[] {"plan", "--help"},
                new String[] {"plan"},
                new String[] {"validate", "docs/examples/hw-webserver.json"},
                new String[] {"--version"},
                new String[] {}).map(args -> Arguments.of((Object) args));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void aRunPrintsWhatPicocliPrints(String[] args) {
        StringWriter mainOut = new StringWriter();
        StringWriter mainErr = new StringWriter();
        int mainExit = Main.run(args, new ByteArrayInputStream("{}".getBytes(StandardCharsets.US_ASCII)), new PrintWriter(mainOut, true),
                new PrintWriter(mainErr, true));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandTree.execute(args, new ByteArrayInputStream("{}".getBytes(StandardCharsets.US_ASCII)), new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(new Cli.Run(mainExit, mainOut.toString(), mainErr.toString()))
                .isEqualTo(new Cli.Run(exit, out.toString(), err.toString()));
    }
}
