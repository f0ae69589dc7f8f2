package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code plan FILE} without picocli prints, to the byte, what picocli's {@code plan} prints,
 * and exits the same; every other shape of arguments is left to picocli.
 */
class PlanFastPathTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs/examples"))) {
            return files.map(Path::toString).filter(f -> f.endsWith(".json")).sorted().toList().stream()
                    .map(Arguments::of);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExampleIsPlannedAsPicocliPlansIt(String file) {
        Cli.Run fast = fast(file, "");

        assertThat(fast).isEqualTo(picocli(file, ""));
        assertThat(fast.exitCode()).isZero();
        assertThat(fast.out()).containsPattern("^ *1  ");
        assertThat(fast.err()).isEmpty();
    }

    @Test
    void standardInputIsPlannedAsPicocliPlansIt() {
        Cli.Run fast = fast("-", "{\"hostname\": \"web1\"}");

        assertThat(fast).isEqualTo(picocli("-", "{\"hostname\": \"web1\"}"));
        assertThat(fast.exitCode()).isZero();
        assertThat(fast.out()).contains("hostname web1");
    }

    static Stream<Arguments> unplannable() throws IOException {
        Path invalid = Files.writeString(dir.resolve("invalid.json"),
                "{\"mount\": {\"/data\": {\"source\": \"blk\", \"path\": \"/dev/vnd3a\"}}}");
        Path notJson = Files.writeString(dir.resolve("not-json.json"), "{\"hostname\": ");
        Path directory = Files.createDirectories(dir.resolve("a-directory"));
        return Stream.of(
                Arguments.of(invalid.toString(), "", ExitCode.INVALID, "invalid.json:1:"),
                Arguments.of(notJson.toString(), "", ExitCode.INVALID, "not-json.json:1:"),
                Arguments.of(dir.resolve("missing.json").toString(), "", ExitCode.UNREADABLE, "missing.json"),
                Arguments.of(directory.toString(), "", ExitCode.UNREADABLE, "a-directory"),
                Arguments.of("-", "{\"rc\": [{\"bin\": 7}]}", ExitCode.INVALID, "<stdin>:1:"));
    }

    @ParameterizedTest
    @MethodSource("unplannable")
    void aConfigurationWithoutAPlanFailsAsWithPicocli(String file, String stdin, int exitCode, String named) {
        Cli.Run fast = fast(file, stdin);

        assertThat(fast).isEqualTo(picocli(file, stdin));
        assertThat(fast.exitCode()).isEqualTo(exitCode);
        assertThat(fast.out()).isEmpty();
        assertThat(fast.err()).contains(named).doesNotContain("\tat ");
    }

    static Stream<Arguments> internalFailures() {
        return Stream.of(
                Arguments.of("java.lang.StackOverflowError", (Supplier<Error>) StackOverflowError::new),
                Arguments.of("java.lang.OutOfMemoryError: Java heap space",
                        (Supplier<Error>) () -> new OutOfMemoryError("Java heap space")),
                Arguments.of("java.lang.NoClassDefFoundError: com/fasterxml/jackson/core/JsonFactory",
                        (Supplier<Error>) () -> new NoClassDefFoundError("com/fasterxml/jackson/core/JsonFactory")),
                Arguments.of("java.lang.InternalError: a fault occurred in a recent unsafe memory access operation",
                        (Supplier<Error>) () -> new InternalError("a fault occurred in a recent unsafe memory access operation")),
                Arguments.of("java.lang.Error: odd", (Supplier<Error>) () -> new Error("odd")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("internalFailures")
    void anInternalFailureIsOneLineAndExitThreeAsWithPicocli(String shown, Supplier<Error> failure) {
        Cli.Run fast = capture((out, err) -> PlanFastPath.run("-", failingStdin(failure), out, err));
        Cli.Run picocli = capture((out, err) -> CommandTree.execute(new String[] {"plan", "-"}, failingStdin(failure), out, err));

        assertThat(fast).isEqualTo(picocli);
        assertThat(fast.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(fast.err()).isEqualTo("rumpcfg: internal error: " + shown + "\n"
                + "rumpcfg: run again with --debug for the stack trace\n");
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(new String[] {"plan", "config.json"}, true),
                Arguments.of(new String[] {"plan", "/abs/path/config.json"}, true),
                Arguments.of(new String[] {"plan", "-"}, true),
                Arguments.of(new String[] {"plan"}, false),
                Arguments.of(new String[] {"plan", "a.json", "b.json"}, false),
                Arguments.of(new String[] {"plan", "--help"}, false),
                Arguments.of(new String[] {"plan", "-h"}, false),
                Arguments.of(new String[] {"plan", "--"}, false),
                Arguments.of(new String[] {"plan", "--strict", "config.json"}, false),
                Arguments.of(new String[] {"plan", "config.json", "--format", "json"}, false),
                Arguments.of(new String[] {"plan", "@args.txt"}, false),
                Arguments.of(new String[] {"plan", ""}, false),
                Arguments.of(new String[] {"validate", "config.json"}, false),
                Arguments.of(new String[] {"config.json", "plan"}, false),
                Arguments.of(new String[] {}, false));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void onlyPlanWithOneFileTakesTheFastPath(String[] args, boolean fast) {
        assertThat(PlanFastPath.applies(args)).isEqualTo(fast);
    }

    private static Cli.Run fast(String file, String stdin) {
        return capture((out, err) -> PlanFastPath.run(file, stdin(stdin), out, err));
    }

    private static Cli.Run picocli(String file, String stdin) {
        return capture((out, err) -> CommandTree.execute(new String[] {"plan", file}, stdin(stdin), out, err));
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Standard input whose first read fails with {@code failure}. */
    private static InputStream failingStdin(Supplier<Error> failure) {
        return new InputStream() {
            @Override
            public int read() {
                throw failure.get();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw failure.get();
            }
        };
    }

    private interface Command {
        int run(PrintWriter out, PrintWriter err);
    }

    private static Cli.Run capture(Command command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = command.run(new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli.Run(exit, out.toString(), err.toString());
    }
}
