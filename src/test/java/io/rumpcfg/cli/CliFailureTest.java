package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.hostile.EndlessDocument;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever goes wrong inside a command, the CLI prints one line and exits 3; only
 * {@code --debug} adds the stack trace. The failures are thrown by the standard output a real
 * command prints to, since no input the limits let through can cause a JVM error
 * (HostileInputTest shows that).
 */
class CliFailureTest {
    /** Standard output that throws what it is given at the first thing printed. */
    static final class FailingOutput extends Writer {
        private final Supplier<Throwable> failure;

        FailingOutput(Supplier<Throwable> failure) {
            this.failure = failure;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            Throwable t = failure.get();
            if (t instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) t;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    private static Cli.Run runFailing(Supplier<Throwable> failure, String... args) {
        return Cli.runPrintingTo(new FailingOutput(failure), args);
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
        Cli.Run run = runFailing(failure, "convert", "docs/examples/hw-webserver.json");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("rumpcfg: internal error: " + shown + "\n"
                + "rumpcfg: run again with --debug for the stack trace\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void debugAddsTheStackTrace(String shown, Supplier<Throwable> failure) {
        Cli.Run run = runFailing(failure, "convert", "--debug", "docs/examples/hw-webserver.json");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("rumpcfg: internal error: " + shown + "\n" + shown + "\n\tat ")
                .doesNotContain("run again with --debug");
    }

    @Test
    void aHundredMegabytesOnStandardInputAreNotReadIntoMemory() {
        EndlessDocument in = new EndlessDocument(100L << 20);
        StringWriter err = new StringWriter();
        Io io = new Io(in, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), Optional.empty());

        int exit = CommandTree.execute(new String[] {"validate", "-"}, io);

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
            StringWriter err = new StringWriter();
            Io io = new Io(new ByteArrayInputStream(bad), new PrintWriter(new StringWriter(), true),
                    new PrintWriter(err, true), Optional.empty());

            assertThat(CommandTree.execute(new String[] {command, "-"}, io)).as(command).isEqualTo(1);
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
