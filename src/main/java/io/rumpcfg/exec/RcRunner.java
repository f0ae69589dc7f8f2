package io.rumpcfg.exec;

import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.SpawnRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the rc programs: each with the environment set so far, its own sysctl and workdir;
 * waits for foreground ones, connects pipes, and at the end waits for everything still running.
 */
final class RcRunner {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);

    private final Platform platform;
    private final ExecListener listener;
    private final Map<String, String> env = new LinkedHashMap<>();
    /** Guards {@link #started} and {@link #stopReason}: {@link #stop} comes from another thread. */
    private final Object lock = new Object();
    private final List<Started> started = new ArrayList<>();
    private String stopReason;
    private Optional<Program> pipeFrom = Optional.empty();
    /** The program being waited for after the last step when the thread was interrupted. */
    private Optional<Interrupted> interruptedWaiting = Optional.empty();

    /** The rc step of the program the boot was waiting for when interrupted, and its binary. */
    record Interrupted(Step.StartProgram step, String bin) {}

    /** A program and, once it has ended, how. */
    private static final class Started {
        final Step.StartProgram step;
        final String bin;
        final List<String> argv;
        final Program program;
        ProgramRun run;
        /** What waitFor threw that it should not have. */
        Exception thrown;
        /** What kill threw, to be noted in the program's run. */
        String killProblem;

        Started(Step.StartProgram step, String bin, List<String> argv, Program program) {
            this.step = step;
            this.bin = bin;
            this.argv = argv;
            this.program = program;
        }
    }

    RcRunner(Platform platform, ExecListener listener) {
        this.platform = platform;
        this.listener = listener;
    }

    void setenv(String name, String value) {
        env.put(name, value);
    }

    void start(Step.StartProgram step) throws PlatformException, StepError {
        RcEntry entry = step.entry();
        String bin = resolveBin(entry.bin());
        Map<String, String> sysctl = new LinkedHashMap<>();
        for (Sysctl s : entry.sysctl()) {
            sysctl.put(RcEntry.PROC_SYSCTL_PREFIX + s.key(), s.value().text());
        }
        boolean pipeOut = entry.runmode() == RunMode.PIPE;
        // "*" stands for the first baked binary: a defaulted argv names that binary, not "*".
        List<String> argv = entry.argv().isEmpty() ? List.of(bin) : entry.argv();
        SpawnRequest request = new SpawnRequest(bin, argv, env, entry.effectiveWorkdir(),
                sysctl, pipeFrom, pipeOut);
        LOG.debug("spawn {} argv={} workdir={} runmode=\"{}\"", bin, request.argv(), request.workdir(), entry.runmode().token());
        Program program = platform.spawn(request);
        Started s = new Started(step, bin, request.argv(), program);
        String stop;
        synchronized (lock) {
            started.add(s);
            stop = stopReason;
        }
        if (stop != null) {
            // stopped while it was being spawned: it may have started a whole pipeline
            killAll();
        }
        pipeFrom = pipeOut ? Optional.of(program) : Optional.empty();
        if (entry.runmode() == RunMode.WAIT) {
            ProgramRun run = await(s);
            if (s.thrown != null) {
                throw StepError.platformError(s.thrown);
            }
            Optional<String> stopped = stopReason();
            if (stopped.isPresent() && !run.succeeded()) {
                throw StepError.of(Errno.EINTR, "stopped: " + stopped.get() + "; " + bin + " was killed");
            }
            if (run.exitCode().isEmpty()) {
                throw StepError.of(Errno.EINTR, "could not wait for " + bin + ": " + run.problem().orElse(""));
            }
            if (run.exitCode().getAsInt() != 0) {
                throw StepError.exited(bin, run.exitCode().getAsInt());
            }
        }
    }

    /**
     * Stops the run from any thread: kills every program started so far, and any started
     * later; a foreground program being waited for then fails its step as stopped.
     */
    void stop(String reason) {
        synchronized (lock) {
            if (stopReason != null) {
                return;
            }
            stopReason = reason;
        }
        LOG.debug("stopped: {}", reason);
        killAll();
    }

    Optional<String> stopReason() {
        synchronized (lock) {
            return Optional.ofNullable(stopReason);
        }
    }

    private List<Started> snapshot() {
        synchronized (lock) {
            return new ArrayList<>(started);
        }
    }

    private void killAll() {
        for (Started s : snapshot()) {
            kill(s);
        }
    }

    /** Kills one program; what kill throws is noted for its run, never thrown on. */
    private void kill(Started s) {
        try {
            s.program.kill();
        } catch (Exception e) {
            LOG.debug("{} ({}): kill threw {}", s.step.id(), s.bin, e.toString());
            synchronized (lock) {
                s.killProblem = "kill failed: platform error: " + e;
            }
        }
    }

    /** Stops every program still running: the boot failed, and the guest would halt. */
    void killRunning() {
        for (Started s : snapshot()) {
            if (s.run == null) {
                LOG.debug("{} ({}) killed: the boot failed", s.step.id(), s.bin);
                kill(s);
            }
        }
    }

    /**
     * The boot is over: stops what every program left running (a daemon it started), as a
     * guest halting stops everything. A program that has exited is killed again, which a
     * platform takes as "stop what it started". Returns {@code runs} (from {@link #finish})
     * with any kill that threw noted in its program's problem.
     */
    List<ProgramRun> halt(List<ProgramRun> runs) {
        killAll();
        List<Started> all = snapshot();
        List<ProgramRun> out = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            ProgramRun r = runs.get(i);
            String killProblem;
            synchronized (lock) {
                killProblem = all.get(i).killProblem;
            }
            if (killProblem != null) {
                r = new ProgramRun(r.stepId(), r.bin(), r.argv(), r.workdir(), r.runmode(), r.exitCode(),
                        Optional.of(r.problem().isPresent() ? r.problem().get() + "; " + killProblem : killProblem));
            }
            out.add(r);
        }
        return out;
    }

    /**
     * Waits for every program still running, then returns all started programs in start order.
     * Once the thread is interrupted, it waits no more: the programs are killed and their runs
     * say so.
     */
    List<ProgramRun> finish() {
        List<ProgramRun> runs = new ArrayList<>();
        for (Started s : snapshot()) {
            if (s.run == null && Thread.currentThread().isInterrupted()) {
                stop(Executor.INTERRUPTED);
                if (interruptedWaiting.isEmpty()) {
                    interruptedWaiting = Optional.of(new Interrupted(s.step, s.bin));
                }
                record(s, OptionalInt.empty(), Optional.of("killed, not waited for: the boot's thread was interrupted"));
            }
            if (s.run == null) {
                await(s);
                if (Thread.currentThread().isInterrupted() && interruptedWaiting.isEmpty()) {
                    interruptedWaiting = Optional.of(new Interrupted(s.step, s.bin));
                }
            }
            runs.add(s.run);
        }
        return runs;
    }

    /** The program being waited for after the last step when the thread was interrupted. */
    Optional<Interrupted> interruptedWaiting() {
        return interruptedWaiting;
    }

    private String resolveBin(String bin) throws PlatformException, StepError {
        if (!bin.equals(RcEntry.FIRST_BAKED)) {
            return bin;
        }
        List<String> baked = platform.bakedBinaries();
        if (baked.isEmpty()) {
            throw StepError.of(Errno.ENOENT, "\"" + RcEntry.FIRST_BAKED + "\" names the first baked binary, and there is none");
        }
        return baked.get(0);
    }

    private ProgramRun await(Started s) {
        OptionalInt exit = OptionalInt.empty();
        Optional<String> problem = Optional.empty();
        try {
            exit = OptionalInt.of(s.program.waitFor());
        } catch (PlatformException e) {
            problem = Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            // The caller interrupted the boot: keep the status, and stop everything promptly.
            Thread.currentThread().interrupt();
            problem = Optional.of("interrupted while waiting");
            stop(Executor.INTERRUPTED);
        } catch (Exception e) {
            s.thrown = e;
            problem = Optional.of("platform error: " + e);
        }
        return record(s, exit, problem);
    }

    private ProgramRun record(Started s, OptionalInt exit, Optional<String> problem) {
        RcEntry entry = s.step.entry();
        s.run = new ProgramRun(s.step.id(), s.bin, s.argv, entry.effectiveWorkdir(),
                entry.runmode(), exit, problem);
        LOG.debug("{} ({}) ended: {}", s.step.id(), s.bin, exit.isPresent() ? "exit " + exit.getAsInt() : problem.get());
        listener.programFinished(s.run);
        return s.run;
    }
}
