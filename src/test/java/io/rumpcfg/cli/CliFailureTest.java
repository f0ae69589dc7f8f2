package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.hostile.EndlessDocument;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Whatever goes wrong inside a command, the CLI prints one line and exits 3; only
 * {@code --debug} adds the stack trace. JVM errors are thrown by a stand-in command, since no
 * input the limits let through can cause one (HostileInputTest shows that).
 */
class CliFailureTest {
    /** A subcommand that throws what it is given, with the --debug option real commands have. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        final Supplier<Throwable> failure;

        @Option(names = "--debug")
        boolean debug;

        Boom(Supplier<Throwable> failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            Throwable t = failure.get();
            if (t instanceof Error e) {
                throw e;
            }
            throw (Exception) t;
        }
    }

    @Command(name = "rumpcfg")
    static final class Root {}

    private static Cli.Run runBoom(Supplier<Throwable> failure, String... args) {
        CommandLine cli = CommandTree.guarded(new CommandLine(new Root()).addSubcommand(new Boom(failure)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Cli.Run(exit, out.toString(), err.toString());
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("java.lang.StackOverflowError", (Supplier<Throwable>) StackOverflowError::new),
                Arguments.of("java.lang.OutOfMemoryError: Java heap space",
                        (Supplier<Throwable>) () -> new OutOfMemoryError("Java heap space")),
                Arguments.of("java.lang.IllegalStateException: broken", (Supplier<Throwable>) () -> new IllegalStateException("broken")),
                Arguments.of("java.lang.NoClassDefFoundError: com/fasterxml/jackson/core/JsonFactory",
                        (Supplier<Throwable>) () -> new NoClassDefFoundError("com/fasterxml/jackson/core/JsonFactory")),
                // What a file that shrinks under a mapping (SIGBUS) gives.
                Arguments.of("java.lang.InternalError: a fault occurred in a recent unsafe memory access operation",
                        (Supplier<Throwable>) () -> new InternalError(
                                "a fault occurred in a recent unsafe memory access operation")),
                Arguments.of("java.lang.Error: any other", (Supplier<Throwable>) () -> new Error("any other")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void anUnexpectedFailureIsOneLineAndExitThree(String shown, Supplier<Throwable> failure) {
        Cli.Run run = runBoom(failure, "boom");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("rumpcfg: internal error: " + shown + "\n"
                + "rumpcfg: run again with --debug for the stack trace\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void debugAddsTheStackTrace(String shown, Supplier<Throwable> failure) {
        Cli.Run run = runBoom(failure, "boom", "--debug");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("rumpcfg: internal error: " + shown + "\n" + shown + "\n\tat ")
                .doesNotContain("run again with --debug");
    }

    @Test
    void aHundredMegabytesOnStandardInputAreNotReadIntoMemory() {
        EndlessDocument in = new EndlessDocument(100L << 20);
        CommandLine cli = CommandTree.commandLine(in);
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("validate", "-");

        assertThat(exit).isEqualTo(1);
        assertThat(in.bytesRead()).isEqualTo(65_537);
        assertThat(err.toString()).contains("<stdin>: error: the configuration is more than 65536 bytes, over the limit maxDocumentBytes=65536").doesNotContain("\tat ");
    }

    @Test
    void deepNestingOnStandardInputIsADiagnostic() {
        String nested = "{\"rc\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}";

        Cli.Run run = Cli.runWithStdin(nested, "validate", "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nesting depth is 33, over the limit maxDepth=32").doesNotContain("\tat ");
    }

    @Test
    void invalidUtf8IsADiagnosticForEveryCommand() {
        byte[] bad = {'{', '"', 'h', 'o', 's', 't', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        for (String command : new String[] {"validate", "plan", "run"}) {
            CommandLine cli = CommandTree.commandLine(new ByteArrayInputStream(bad));
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));

            assertThat(cli.execute(command, "-")).as(command).isEqualTo(1);
            assertThat(err.toString()).as(command).isEqualTo("<stdin>:1:14: error: invalid UTF-8: byte 0xC3\n");
        }
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(List.of("xen-write", "--domid", "-1", "docs/examples/hw-webserver.json"),
                        "--domid must be 0..32751, got -1"),
                Arguments.of(List.of("xen-write", "--domid", "32752", "docs/examples/hw-webserver.json"),
                        "--domid must be 0..32751, got 32752"),
                Arguments.of(List.of("run", "--device", "", "docs/examples/hw-webserver.json"),
                        "--device: EINVAL: : not an absolute path"),
                Arguments.of(List.of("run", "--device", "dev/ld0a=ffs", "docs/examples/hw-webserver.json"),
                        "--device: EINVAL: dev/ld0a: not an absolute path"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void aBadArgumentIsAUsageErrorNotAnInternalOne(List<String> args, String message) {
        Cli.Run run = Cli.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rumpcfg " + args.get(0) + ": " + message + "\nsee 'rumpcfg " + args.get(0)
                + " --help'\n");
    }
}
