package io.rumpcfg.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to start: a baked binary with its argv, environment, working directory and
 * per-process sysctl (keys with {@code proc.curproc.} already prepended).
 *
 * <p>{@code env} and {@code sysctl} keep the order the configuration gave them in, so a
 * platform that applies them one by one applies them in that order.
 *
 * @param bin        the name the binary was baked under (never the {@code *} alias)
 * @param argv       the whole argv, argv[0] included; never empty
 * @param env        the environment, in the order the variables were set
 * @param workdir    the absolute guest directory the program starts in
 * @param sysctl     per-process sysctl, in configuration order
 * @param stdinFrom  when present, the program whose stdout (spawned with {@code pipeStdout})
 *                   becomes this program's stdin; otherwise stdin is empty
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

    /**
     * Makes a request, copying {@code argv} and the maps (keeping their order).
     *
     * @throws NullPointerException     if any component, list element, key or value is null
     * @throws IllegalArgumentException if {@code argv} is empty
     */
    public SpawnRequest {
        Objects.requireNonNull(bin, "bin");
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv must hold at least argv[0]");
        }
        env = ordered(env, "env");
        Objects.requireNonNull(workdir, "workdir");
        sysctl = ordered(sysctl, "sysctl");
        Objects.requireNonNull(stdinFrom, "stdinFrom");
    }

    private static Map<String, String> ordered(Map<String, String> map, String what) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : map.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), what + " key"), Objects.requireNonNull(e.getValue(), what + " value"));
        }
        return Collections.unmodifiableMap(copy);
    }
}
