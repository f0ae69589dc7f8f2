package io.rumpcfg.cli;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.ExecListener;
import io.rumpcfg.exec.ExecOptions;
import io.rumpcfg.exec.Executor;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.process.ProcessPlatform;
import io.rumpcfg.source.cmdline.CmdlineSource;
import io.rumpcfg.testing.Fault;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * {@code rumpcfg run}: applies a configuration to the in-memory platform (a dry run that
 * shows every effect) or to host processes in a sandbox directory.
 */
final class RunCommand implements Command {
    enum PlatformKind { FAKE, PROCESS, LINUX }

    static final Usage USAGE = CheckOptions.declare(Usage.of(Subcommand.RUN.token(), "Applies a configuration and shows what it did.")
                    .details("With --platform fake (the default) every effect lands in memory; with --platform "
                            + "process the programs run as host processes and file effects land under --root; with "
                            + "--platform linux the guest runs in Linux namespaces made for the run, with --root as its /. "
                            + "Prints one line per step (applied, FAILED, not run), then the platform's final "
                            + "state. --timeout, or a signal to rumpcfg, stops the run: every program is killed "
                            + "and the partial report printed.")
                    .operands(Specs.ONE_FILE)
                    .operand(Specs.ONE_FILE, Specs.ONE_FILE_HELP))
            .option("--platform", "KIND", "fake (in memory, the default), process (host processes under --root) or "
                    + "linux (a guest in Linux namespaces with --root as its /; needs root).")
            .repeatable("--bin-path", "NAME=PATH", "process, linux: the host executable baked in as NAME (linux: at "
                    + "/bin/NAME in the guest); repeat for each, in bake order.")
            .option("--root", "DIR", "process: the sandbox directory that file effects land under; linux: the guest's /.")
            .repeatable("--allow-env", "NAME", "process, linux: let environment variable NAME reach the programs "
                    + "although it steers the host's loader or a shell (LD_PRELOAD, GCONV_PATH, BASH_ENV, ...); "
                    + "repeat for each.")
            .repeatable("--device", "PATH[=FSTYPE]", "fake: a device present before configuration, holding FSTYPE "
                    + "(default ffs). Without any, every device the configuration mounts and does not configure is "
                    + "assumed present. linux: DEV=HOSTFILE, the host file or block device behind guest device DEV "
                    + "(/dev/ld0a=disk.img).")
            .repeatable("--fail", "STEP_ID=ERRNO", "fake: fail a step (mount:/data=EIO) or every call of a platform "
                    + "method (writeFile=ENOSPC).")
            .option("--timeout", "DURATION", "Stop the run after DURATION (30s, 500ms, 5m, 1h; a bare number is "
                    + "seconds): kill every program, print the steps applied so far and the rest as not run, exit 5.")
            .flag("--reveal", "Show the values of secret-looking environment variables.")
            .build();

    final CheckOptions check;
    final PlatformKind platform;
    final Map<String, Path> binPaths = new LinkedHashMap<>();
    final Optional<Path> sandbox;
    final List<String> allowEnv;
    final List<String> devices;
    final List<Fault> faults;
    final Optional<Duration> timeout;
    final boolean reveal;
    private final String source;

    RunCommand(Args args) {
        check = new CheckOptions(args);
        platform = args.choice("--platform", PlatformKind.values()).orElse(PlatformKind.FAKE);
        for (String pair : args.values("--bin-path")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new UsageError("Invalid value for option '--bin-path': '" + pair + "' is not NAME=PATH");
            }
            binPaths.put(pair.substring(0, eq), Path.of(pair.substring(eq + 1)));
        }
        sandbox = args.path("--root");
        allowEnv = args.values("--allow-env");
        devices = args.values("--device");
        faults = new ArrayList<>();
        for (String fault : args.values("--fail")) {
            try {
                faults.add(Fault.parse(fault));
            } catch (IllegalArgumentException e) {
                throw Args.invalid("--fail", e);
            }
        }
        Optional<String> stopAfter = args.value("--timeout");
        try {
            timeout = stopAfter.isEmpty() ? Optional.empty() : Optional.of(Durations.parse(stopAfter.get()));
        } catch (IllegalArgumentException e) {
            throw Args.invalid("--timeout", e);
        }
        reveal = args.flag("--reveal");
        source = Specs.one(args.operands(), check.source);
        checkPlatformOptions();
    }

    @Override
    public int call(Io io) {
        PrintWriter out = io.out();
        PrintWriter err = io.err();
        // Without --bins, the programs --bin-path names are the baked ones.
        List<String> bins = check.bins.isEmpty() ? List.copyOf(binPaths.keySet()) : check.bins;
        if (platform == PlatformKind.LINUX) {
            return LinuxRun.run(this, source, bins, io);
        }
        LiveOutput live = new LiveOutput(out);
        Optional<ProcessPlatform> process = platform == PlatformKind.PROCESS
                ? Optional.of(processPlatform(live))
                : Optional.empty();
        Optional<Path> rootfs = process.isPresent() ? absentRootfs() : Optional.empty();
        Optional<Platform> host = process.isPresent() ? Optional.of(process.get()) : Optional.empty();
        Loaded loaded = Loaded.load(source, io.stdin(), check, bins, host, DiagnosticReport.text(err), err);
        if (!loaded.isValid()) {
            removeIfEmpty(rootfs);
            return loaded.exitCode();
        }
        Plan plan = loaded.checked().orElseThrow().plan().orElseThrow();
        checkFaultsNameSteps(plan);
        if (process.isPresent()) {
            checkBinPaths(plan, rootfs);
            List<Diagnostic> refused = refusedEnv(loaded.checked().orElseThrow().config().orElseThrow(), process.get());
            if (!refused.isEmpty()) {
                Diagnostics.print(loaded.source().orElseThrow().name(), refused, err);
                err.flush();
                return ExitCode.INVALID;
            }
        }
        Executor executor;
        Optional<DryRun> dryRun = Optional.empty();
        if (process.isPresent()) {
            executor = Executor.create(process.get(), ExecOptions.DEFAULTS.withListener(live));
        } else {
            dryRun = Optional.of(dryRun(plan, bins));
            out.print(dryRun.get().assumptions());
            executor = Executor.create(dryRun.get().platform(),
                    ExecOptions.DEFAULTS.withListener(ExecListener.all(List.of(dryRun.get().platform().stepTracker()))));
        }
        try (RunStopper stopper = RunStopper.arm(executor, timeout)) {
            BootReport report = executor.run(plan);
            if (process.isEmpty()) {
                printSteps(report, out);
            }
            out.println();
            out.print(process.isPresent() ? process.get().dump(reveal) : dryRun.get().platform().dump(reveal));
            out.flush();
            Optional<String> stopped = executor.stopReason();
            if (stopped.isPresent()) {
                err.println("rumpcfg: stopped: " + stopped.get() + "; every program it started was killed");
            }
            err.flush();
            stopper.reported();
            return stopped.isPresent() ? ExitCode.STOPPED : report.succeeded() ? ExitCode.OK : ExitCode.FAILED;
        }
    }

    private void checkPlatformOptions() {
        if (platform == PlatformKind.PROCESS) {
            if (sandbox.isEmpty()) {
                throw new UsageError("--platform process needs --root DIR");
            }
            if (!Files.isDirectory(sandbox.get())) {
                throw new UsageError("--root " + sandbox.get() + ": not a directory");
            }
            if (!faults.isEmpty() || !devices.isEmpty()) {
                throw new UsageError("--fail and --device are for --platform fake");
            }
        } else if (platform == PlatformKind.LINUX) {
            if (sandbox.isEmpty()) {
                throw new UsageError("--platform linux needs --root DIR");
            }
            if (!Files.isDirectory(sandbox.get())) {
                throw new UsageError("--root " + sandbox.get() + ": not a directory");
            }
            if (!faults.isEmpty()) {
                throw new UsageError("--fail is for --platform fake");
            }
            for (String device : devices) {
                if (!device.matches("/dev/[^=]+=.+")) {
                    throw new UsageError("--device " + device
                            + ": --platform linux takes DEV=HOSTFILE (/dev/ld0a=disk.img)");
                }
            }
        } else if (sandbox.isPresent() || !binPaths.isEmpty() || !allowEnv.isEmpty()) {
            throw new UsageError("--root, --bin-path and --allow-env are for --platform process or linux");
        }
    }

    /** The fake platform; a --device it cannot declare (not an absolute path) is a usage error. */
    private DryRun dryRun(Plan plan, List<String> bins) {
        try {
            return DryRun.of(plan, bins, devices, faults);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--device: " + e.getMessage());
        }
    }

    /** A fault for a step the plan does not have would never fire: a typo, not a passing test. */
    private void checkFaultsNameSteps(Plan plan) {
        List<String> ids = new ArrayList<>();
        for (Step step : plan.steps()) {
            ids.add(step.id());
        }
        for (Fault fault : faults) {
            if (!fault.isCallFault() && !ids.contains(fault.target())) {
                throw new UsageError("--fail " + fault + ": the plan has no step "
                        + fault.target() + "; its steps are " + String.join(", ", ids) + ", and the platform calls "
                        + String.join(", ", Fault.CALLS));
            }
        }
    }

    /**
     * Every program the plan starts has a host executable: a program without one would fail
     * only at its rc step, after the configuration's effects, so the flag that gives it is
     * named before anything is applied. {@code "*"} runs the first {@code --bin-path}.
     */
    private void checkBinPaths(Plan plan, Optional<Path> rootfs) {
        Set<String> missing = new LinkedHashSet<>();
        for (Step step : plan.steps()) {
            if (step instanceof Step.StartProgram) {
                String bin = ((Step.StartProgram) step).entry().bin();
                if (bin.equals(RcEntry.FIRST_BAKED) ? binPaths.isEmpty() : !binPaths.containsKey(bin)) {
                    missing.add(bin.equals(RcEntry.FIRST_BAKED) ? "NAME" : bin);
                }
            }
        }
        if (!missing.isEmpty()) {
            removeIfEmpty(rootfs);
            StringJoiner flags = new StringJoiner(" ");
            for (String name : missing) {
                flags.add("--bin-path " + name + "=PATH");
            }
            throw new UsageError("--platform process runs each program from a host executable; give " + flags);
        }
    }

    /**
     * The sandbox's rootfs directory when it does not exist yet. Reading a configuration named
     * by {@code _RUMPRUN_ROOTFSCFG} creates it (mkdirs /rootfs) before anything is validated;
     * a run that then applies nothing removes it again, so that only a boot leaves it behind.
     */
    private Optional<Path> absentRootfs() {
        Path rootfs = sandbox.orElseThrow().resolve(CmdlineSource.ROOTFS_MOUNTPOINT.substring(1));
        return Files.exists(rootfs, LinkOption.NOFOLLOW_LINKS) ? Optional.empty() : Optional.of(rootfs);
    }

    /** Removes the directory the read created; not one that holds anything, nor anything else in its place. */
    private static void removeIfEmpty(Optional<Path> created) {
        if (created.isEmpty()) {
            return;
        }
        try {
            if (Files.isDirectory(created.get(), LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(created.get());
            }
        } catch (IOException e) {
            // Not empty, or gone: then it is not only what the read made.
        }
    }

    private ProcessPlatform processPlatform(LiveOutput live) {
        ProcessPlatform.Builder builder = ProcessPlatform.builder(sandbox.orElseThrow()).output(live);
        for (Map.Entry<String, Path> bin : binPaths.entrySet()) {
            builder.bin(bin.getKey(), bin.getValue());
        }
        for (String name : allowEnv) {
            builder.allowEnv(name);
        }
        return builder.build();
    }

    /**
     * The configuration's variables the process platform would refuse, as errors: found before
     * anything is applied, rather than as a failed step after the first effects.
     */
    private static List<Diagnostic> refusedEnv(Config config, ProcessPlatform platform) {
        List<Diagnostic> refused = new ArrayList<>();
        for (EnvVar env : config.env()) {
            Optional<String> why = platform.envRefusal(env.name());
            if (why.isPresent()) {
                refused.add(Diagnostic.error(Code.HOST_ENV, env.origin(), why.get()));
            }
        }
        return refused;
    }

    private static void printSteps(BootReport report, PrintWriter out) {
        for (String line : report.stepLines()) {
            out.println(line);
        }
    }
}
