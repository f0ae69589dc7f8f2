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
 * @param exitCode   empty while it runs or if it never started
 * @param stdout     what it wrote to a stdout that was not piped
 * @param stderr     what it wrote to stderr
 */
public record HostProgram(
        int number,
        String bin,
        Path executable,
        List<String> argv,
        String workdir,
        boolean pipedStdout,
        OptionalInt exitCode,
        String stdout,
        String stderr) {

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
