package io.rumpcfg.platform;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to start: a baked binary with its argv, environment, working directory and
 * per-process sysctl (keys with {@code proc.curproc.} already prepended).
 *
 * @param stdinFrom  when present, the program whose stdout (spawned with {@code pipeStdout})
 *                   becomes this program's stdin
 * @param pipeStdout whether this program's stdout goes to the next program's stdin
 */
public record SpawnRequest(
        String bin,
        List<String> argv,
        Map<String, String> env,
        String workdir,
        Map<String, String> sysctl,
        Optional<Program> stdinFrom,
        boolean pipeStdout) {

    public SpawnRequest {
        Objects.requireNonNull(bin, "bin");
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
        Objects.requireNonNull(workdir, "workdir");
        sysctl = Map.copyOf(sysctl);
        Objects.requireNonNull(stdinFrom, "stdinFrom");
    }
}
