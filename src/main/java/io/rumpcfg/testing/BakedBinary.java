package io.rumpcfg.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A program baked into a {@link FakePlatform}, written as a Java function. It runs on its own
 * thread; {@code stdin} is the previous program's stdout in a {@code "|"} pipeline (otherwise
 * empty) and {@code stdout} is the next program's stdin (otherwise captured, and shown in the
 * platform's dump). The platform closes both streams when the function returns. An exception
 * counts as exit status 1.
 */
@FunctionalInterface
public interface BakedBinary {
    /**
     * Runs the program and returns its exit status.
     *
     * @param argv   the whole argv, argv[0] included
     * @param env    the environment, in the order the variables were set
     * @param stdin  the previous program's stdout in a pipeline, otherwise empty
     * @param stdout the next program's stdin in a pipeline, otherwise captured
     * @throws IOException          when reading or writing fails; the program exits with status 1
     * @throws InterruptedException when its thread is interrupted, as stopping the program does;
     *                              it exits with status 1
     */
    int run(List<String> argv, Map<String, String> env, InputStream stdin, OutputStream stdout)
            throws IOException, InterruptedException;

    /**
     * The default binary: prints its argv as one line (arguments separated by spaces), then
     * copies its stdin to its stdout, and exits 0. In a pipeline each stage thus shows the
     * stages before it.
     */
    static BakedBinary echo() {
        return EchoBinary.INSTANCE;
    }

    /** A binary that ignores its input and exits with {@code status}. */
    static BakedBinary exiting(int status) {
        return (argv, env, stdin, stdout) -> status;
    }
}
