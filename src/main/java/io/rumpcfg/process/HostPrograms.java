package io.rumpcfg.process;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.ProgramOutput;
import io.rumpcfg.platform.SpawnRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The host processes a platform started, in spawn order, and the pipeline being assembled: a
 * program whose stdout is piped waits until the program reading it is spawned, then the whole
 * pipeline starts at once with OS pipes between its stages. Not thread-safe: the platform
 * that owns it serialises the calls.
 */
public final class HostPrograms {
    private final ProgramOutput output;
    private final List<HostProcess> programs = new ArrayList<>();
    /** Piped programs waiting for the program that reads the last one's stdout. */
    private final List<HostProcess> pendingPipeline = new ArrayList<>();

    /** Programs whose output lines go to {@code output} as they are written. */
    public HostPrograms(ProgramOutput output) {
        this.output = Objects.requireNonNull(output, "output");
    }

    /**
     * Fails unless {@code request}'s stdin, when piped, comes from the last piped program:
     * checked before anything of the spawn is done.
     */
    public void checkStdin(SpawnRequest request) throws PlatformException {
        if (request.stdinFrom().isPresent()
                && (pendingPipeline.isEmpty() || request.stdinFrom().get() != pendingPipeline.get(pendingPipeline.size() - 1))) {
            throw new PlatformException(Errno.EINVAL, request.bin() + ": stdin must come from the last piped program");
        }
    }

    /**
     * Adds the program {@code builder} starts for {@code request}, and starts it, with the
     * pipeline it ends, unless its stdout is piped onward. {@code ownSession}: the command
     * makes the program lead a session of its own (setsid), so that killing it kills the
     * session.
     */
    public HostProcess add(SpawnRequest request, Path executable, ProcessBuilder builder, boolean ownSession)
            throws PlatformException {
        checkStdin(request);
        HostProcess program = new HostProcess(programs.size(), request, executable, builder, output);
        programs.add(program);
        if (request.pipeStdout()) {
            pendingPipeline.add(program);
            return program;
        }
        List<HostProcess> stages = new ArrayList<>(request.stdinFrom().isPresent() ? pendingPipeline : List.of());
        pendingPipeline.clear();
        stages.add(program);
        start(stages, ownSession);
        return program;
    }

    private static void start(List<HostProcess> stages, boolean ownSession) throws PlatformException {
        List<ProcessBuilder> builders = new ArrayList<>();
        stages.forEach(s -> builders.add(s.builder));
        try {
            List<Process> processes = builders.size() == 1 ? List.of(builders.get(0).start()) : ProcessBuilder.startPipeline(builders);
            for (int i = 0; i < stages.size(); i++) {
                stages.get(i).started(processes.get(i), i == 0, ownSession);
            }
        } catch (IOException e) {
            throw new PlatformException(Errno.ENOEXEC, "cannot start " + stages.get(stages.size() - 1).request.bin() + ": " + e.getMessage(), e);
        }
    }

    /** Every program started (or waiting to start in a pipeline), in spawn order. */
    public List<HostProgram> records() {
        List<HostProgram> out = new ArrayList<>();
        programs.forEach(p -> out.add(p.record()));
        return out;
    }

    /** Every program, in spawn order. */
    public List<HostProcess> all() {
        return List.copyOf(programs);
    }
}
