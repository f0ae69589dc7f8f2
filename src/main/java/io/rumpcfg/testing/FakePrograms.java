package io.rumpcfg.testing;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.SpawnRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fake's baked binaries and the programs started from them. */
final class FakePrograms {
    private final Map<String, BakedBinary> binaries;
    private final List<FakeProgram> started = new ArrayList<>();
    /** Piped programs waiting for the program that reads the last one's stdout. */
    private final List<FakeProgram> pendingPipeline = new ArrayList<>();

    FakePrograms(Map<String, BakedBinary> binaries) {
        this.binaries = new LinkedHashMap<>(binaries);
    }

    List<String> names() {
        return List.copyOf(binaries.keySet());
    }

    synchronized Program spawn(SpawnRequest request) throws PlatformException {
        BakedBinary binary = binaries.get(request.bin());
        if (binary == null) {
            throw new PlatformException(Errno.ENOENT, request.bin() + ": no such baked binary (have " + names() + ")");
        }
        Optional<FakeProgram> from = Optional.empty();
        if (request.stdinFrom().isPresent()) {
            Program upstream = request.stdinFrom().get();
            if (!(upstream instanceof FakeProgram) || !started.contains(upstream)) {
                throw new PlatformException(Errno.EINVAL, "stdin comes from a program this platform did not start");
            }
            from = Optional.of((FakeProgram) upstream);
        }
        FakeProgram program = new FakeProgram(started.size(), request, binary, from);
        started.add(program);
        if (request.pipeStdout()) {
            pendingPipeline.add(program);
            return program;
        }
        // The whole pipeline starts at once, when its last program is spawned.
        if (from.isPresent()) {
            for (FakeProgram pending : pendingPipeline) {
                pending.start();
            }
        }
        pendingPipeline.clear();
        program.start();
        return program;
    }

    synchronized List<ProgramRecord> records() {
        List<ProgramRecord> out = new ArrayList<>();
        for (FakeProgram p : started) {
            out.add(p.record());
        }
        return out;
    }
}
