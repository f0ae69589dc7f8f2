package io.rumpcfg.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A host process a {@link ProcessPlatform} started, as seen when asked.
 *
 * @param number     0 for the first program, then 1, 2, ...
 * @param executable the host executable that ran for {@code bin}
 * @param argv       the argv asked for (the host sees the executable's path as argv[0])
 * @param workdir    the guest workdir; the process ran in its directory under the root
 * @param started    false for a piped program whose reader was never spawned: it never ran
 * @param exitCode   empty while it runs or if it never started
 * @param stdout     the last 64 KiB it wrote to a stdout that was not piped, as UTF-8 text
 * @param stdoutDropped how many bytes it wrote to stdout before those (0 when all are kept)
 * @param stderr     the last 64 KiB it wrote to stderr
 * @param stderrDropped how many bytes it wrote to stderr before those
 */
public record HostProgram(
        int number,
        String bin,
        Path executable,
        List<String> argv,
        String workdir,
        boolean pipedStdout,
        boolean started,
        OptionalInt exitCode,
        String stdout,
        long stdoutDropped,
        String stderr,
        long stderrDropped) {

    public HostProgram {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(executable, "executable");
        argv = List.copyOf(argv);
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }
}
