package io.rumpcfg.testing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A program a {@link FakePlatform} started, as seen at the moment it was asked.
 *
 * @param number      0 for the first program started, then 1, 2, ...
 * @param bin         the baked binary it runs
 * @param argv        its whole argv, argv[0] included
 * @param workdir     the guest directory it started in
 * @param env         the environment it got, in order
 * @param sysctl      its per-process sysctl, keys with {@code proc.curproc.}
 * @param pipedStdout whether its stdout went to the next program (then {@code output} is empty)
 * @param started     false for a piped program whose reader was never spawned: it never ran
 * @param exitCode    its exit status; empty while it runs, or if it never started
 * @param output      what it wrote to a stdout that was not piped
 * @param crash       the exception that ended it, if one did
 * @param stdinFrom   the number of the program whose piped stdout was its stdin, if any
 * @param input       what it read from its stdin (empty while it runs)
 */
public record ProgramRecord(
        int number,
        String bin,
        List<String> argv,
        String workdir,
        Map<String, String> env,
        Map<String, String> sysctl,
        boolean pipedStdout,
        boolean started,
        OptionalInt exitCode,
        String output,
        Optional<String> crash,
        OptionalInt stdinFrom,
        String input) {

    /**
     * Makes a record, copying {@code argv}.
     *
     * @throws NullPointerException if any component, or any word of {@code argv}, is null
     */
    public ProgramRecord {
        Objects.requireNonNull(bin, "bin");
        argv = List.copyOf(argv);
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(sysctl, "sysctl");
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(crash, "crash");
        Objects.requireNonNull(stdinFrom, "stdinFrom");
        Objects.requireNonNull(input, "input");
    }
}
