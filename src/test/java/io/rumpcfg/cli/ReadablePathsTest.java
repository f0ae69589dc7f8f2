package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.source.SourceResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A FILE is read as a stream, so that whatever can be read works: a FIFO (mkfifo), a pipe
 * behind {@code /dev/stdin}, a process substitution {@code <(...)}; the size limit holds
 * for them as for a file, and what cannot be read is still refused.
 */
@Timeout(120)
class ReadablePathsTest {
    private static final String CONFIG = "{\"hostname\":\"fifo-host\",\"rc\":[{\"bin\":\"app\"}]}";
    /** Invalid, so that xen-write stops after reading it, before it needs a xenstore. */
    private static final String INVALID = "{\"hostname\":\"fifo-host\",\"rc\":{}}";

    @TempDir
    Path dir;

    private final List<Thread> writers = new ArrayList<>();
    private final List<Path> fifos = new ArrayList<>();

    @AfterEach
    void releaseWritersNobodyRead() throws Exception {
        for (int k = 0; k < writers.size(); k++) {
            Thread writer = writers.get(k);
            writer.join(2_000);
            if (writer.isAlive()) {
                // A writer blocks in open until a reader opens the FIFO: be that reader, from a
                // thread of its own, as the writer may close its end between the check and the
                // open, which would then wait for a writer that never comes.
                Path fifo = fifos.get(k);
                Thread reader = new Thread(() -> {
                    try (InputStream in = Files.newInputStream(fifo)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        // the writer is gone: nothing to release
                    }
                });
                reader.setDaemon(true);
                reader.start();
                writer.join(10_000);
            }
        }
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(List.of("validate"), CONFIG, 0, ""),
                Arguments.of(List.of("plan"), CONFIG, 0, "hostname"),
                Arguments.of(List.of("plan", "--format", "json"), CONFIG, 0, "\"hostname\""),
                Arguments.of(List.of("run"), CONFIG, 0, "applied hostname"),
                Arguments.of(List.of("convert"), CONFIG, 0, "\"fifo-host\""),
                Arguments.of(List.of("convert", "--to", "older", "--bins", "app"), CONFIG, 0, "\"fifo-host\""),
                Arguments.of(List.of("xen-write", "--domid", "7", "--xenstore-socket", "/nonexistent"), INVALID, 1, ""));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandReadsItsFileFromAFifo(List<String> command, String config, int exit, String printed)
            throws Exception {
        Path fifo = fifoWriting(config.getBytes(StandardCharsets.UTF_8));
        List<String> args = new ArrayList<>(command);
        args.add(fifo.toString());

        Cli.Run run = Cli.run(args.toArray(String[]::new));

        assertThat(run.err()).doesNotContain("cannot read");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exit);
        assertThat(run.out()).contains(printed);
        if (exit == 1) {
            assertThat(run.err()).contains(fifo + ":1:30: error: rc: ");
        }
    }

    @Test
    void aCommandLineFileIsReadFromAFifo() throws Exception {
        Path fifo = fifoWriting("app.bin {\"hostname\":\"fifo-host\"}\n".getBytes(StandardCharsets.US_ASCII));

        Cli.Run run = Cli.run("plan", "--source", "cmdline-file:" + fifo);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("hostname fifo-host");
    }

    @Test
    void aFifoOverTheSizeLimitIsRefusedAfterReadingOneByteTooMany() throws Exception {
        byte[] big = new byte[SourceResult.MAX_CONFIG_BYTES * 2];
        Arrays.fill(big, (byte) ' ');
        Path fifo = fifoWriting(big);

        Cli.Run run = Cli.run("validate", fifo.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("over the limit maxDocumentBytes=" + SourceResult.MAX_CONFIG_BYTES);
    }

    @Test
    void aDirectoryIsStillRefused() {
        Cli.Run run = Cli.run("plan", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).contains("cannot read " + dir + ": Is a directory");
    }

    /** A shell's process substitution and a pipe behind /dev/stdin, in a JVM of their own. */
    @Test
    void processSubstitutionAndDevStdinOnAPipeAreRead() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), CONFIG);
        String cli = "'" + javaCommand() + "'";

        Shell substituted = bash(cli + " plan <(cat '" + config + "')");
        Shell piped = bash("cat '" + config + "' | " + cli + " validate /dev/stdin; echo exit=$?");

        assertThat(substituted.exit()).as(substituted.err()).isZero();
        assertThat(substituted.out()).contains("hostname fifo-host");
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).isEqualTo("exit=0\n");
    }

    private record Shell(int exit, String out, String err) {}

    /** The CLI as a shell command: this JVM's java and class path. */
    private static String javaCommand() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join("' '", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", cp, Main.class.getName());
    }

    private Shell bash(String script) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", script)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile())
                .start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("bash ended within 60 s").isTrue();
        return new Shell(p.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
    }

    /** A FIFO made with mkfifo, and a thread that writes {@code bytes} into it once a reader opens it. */
    private Path fifoWriting(byte[] bytes) throws Exception {
        Path fifo = dir.resolve("fifo" + fifos.size());
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (IOException e) {
                // The reader stopped reading (over the limit): EPIPE is what a writer then gets.
            }
        }, "fifo writer");
        writer.setDaemon(true);
        writer.start();
        fifos.add(fifo);
        writers.add(writer);
        return fifo;
    }
}
