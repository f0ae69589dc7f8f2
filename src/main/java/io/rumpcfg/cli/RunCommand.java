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
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rumpcfg run}: applies a configuration to the in-memory platform (a dry run that
 * shows every effect) or to host processes in a sandbox directory.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Applies a configuration and shows what it did.",
            "",
            "With --platform fake (the default) every effect lands in memory; with --platform "
                    + "process the programs run as host processes and file effects land under --root; with "
                    + "--platform linux the guest runs in Linux namespaces made for the run, with --root as its /. "
                    + "Prints one line per step (applied, FAILED, not run), then the platform's final "
                    + "state. --timeout, or a signal to rumpcfg, stops the run: every program is killed "
                    + "and the partial report printed."
        })
final class RunCommand implements Callable<Integer> {
    enum PlatformKind { FAKE, PROCESS, LINUX }

    @Spec
    CommandSpec spec;

    @ParentCommand
    RumpcfgCommand root;

    @Mixin
    CheckOptions check;

    @Option(names = "--platform", paramLabel = "KIND", defaultValue = "fake",
            description = "fake (in memory, the default), process (host processes under --root) or linux "
                    + "(a guest in Linux namespaces with --root as its /; needs root).")
    PlatformKind platform;

    @Option(names = "--bin-path", paramLabel = "NAME=PATH",
            description = "process, linux: the host executable baked in as NAME (linux: at /bin/NAME in the guest); "
                    + "repeat for each, in bake order.")
    Map<String, Path> binPaths = new LinkedHashMap<>();

    @Option(names = "--root", paramLabel = "DIR",
            description = "process: the sandbox directory that file effects land under; linux: the guest's /.")
    Optional<Path> sandbox = Optional.empty();

    @Option(names = "--allow-env", paramLabel = "NAME",
            description = "process, linux: let environment variable NAME reach the programs although it steers the host's "
                    + "loader or a shell (LD_PRELOAD, GCONV_PATH, BASH_ENV, ...); repeat for each.")
    List<String> allowEnv = new ArrayList<>();

    @Option(names = "--device", paramLabel = "PATH[=FSTYPE]",
            description = "fake: a device present before configuration, holding FSTYPE (default ffs). Without any, every device the configuration mounts and does not configure is assumed present. "
                    + "linux: DEV=HOSTFILE, the host file or block device behind guest device DEV (/dev/ld0a=disk.img).")
    List<String> devices = new ArrayList<>();

    @Option(names = "--fail", paramLabel = "STEP_ID=ERRNO", converter = FaultConverter.class,
            description = "fake: fail a step (mount:/data=EIO) or every call of a platform method (writeFile=ENOSPC).")
    List<Fault> faults = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop the run after DURATION (30s, 500ms, 5m, 1h; a bare number is seconds): kill every "
                    + "program, print the steps applied so far and the rest as not run, exit 5.")
    Optional<Duration> timeout = Optional.empty();

    @Option(names = "--reveal", description = "Show the values of secret-looking environment variables.")
    boolean reveal;

    @Mixin
    OneConfig config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String source = config.spec(check, spec);
        checkPlatformOptions();
        // Without --bins, the programs --bin-path names are the baked ones.
        List<String> bins = check.bins.isEmpty() ? List.copyOf(binPaths.keySet()) : check.bins;
        if (platform == PlatformKind.LINUX) {
            return LinuxRun.run(this, source, bins, out, err);
        }
        LiveOutput live = new LiveOutput(out);
        Optional<ProcessPlatform> process = platform == PlatformKind.PROCESS
                ? Optional.of(processPlatform(live))
                : Optional.empty();
        Optional<Path> rootfs = process.isPresent() ? absentRootfs() : Optional.empty();
        Loaded loaded = Loaded.load(source, root.stdin, check, bins, process.map(p -> (Platform) p), DiagnosticReport.text(err), err);
        if (!loaded.isValid()) {
            rootfs.ifPresent(RunCommand::removeIfEmpty);
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
            stopped.ifPresent(why -> err.println("rumpcfg: stopped: " + why + "; every program it started was killed"));
            err.flush();
            stopper.reported();
            return stopped.isPresent() ? ExitCode.STOPPED : report.succeeded() ? ExitCode.OK : ExitCode.FAILED;
        }
    }

    private void checkPlatformOptions() {
        if (platform == PlatformKind.PROCESS) {
            if (sandbox.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--platform process needs --root DIR");
            }
            if (!Files.isDirectory(sandbox.get())) {
                throw new ParameterException(spec.commandLine(), "--root " + sandbox.get() + ": not a directory");
            }
            if (!faults.isEmpty() || !devices.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--fail and --device are for --platform fake");
            }
        } else if (platform == PlatformKind.LINUX) {
            if (sandbox.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--platform linux needs --root DIR");
            }
            if (!Files.isDirectory(sandbox.get())) {
                throw new ParameterException(spec.commandLine(), "--root " + sandbox.get() + ": not a directory");
            }
            if (!faults.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--fail is for --platform fake");
            }
            for (String device : devices) {
                if (!device.matches("/dev/[^=]+=.+")) {
                    throw new ParameterException(spec.commandLine(), "--device " + device
                            + ": --platform linux takes DEV=HOSTFILE (/dev/ld0a=disk.img)");
                }
            }
        } else if (sandbox.isPresent() || !binPaths.isEmpty() || !allowEnv.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--root, --bin-path and --allow-env are for --platform process or linux");
        }
    }

    /** The fake platform; a --device it cannot declare (not an absolute path) is a usage error. */
    private DryRun dryRun(Plan plan, List<String> bins) {
        try {
            return DryRun.of(plan, bins, devices, faults);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--device: " + e.getMessage());
        }
    }

    /** A fault for a step the plan does not have would never fire: a typo, not a passing test. */
    private void checkFaultsNameSteps(Plan plan) {
        List<String> ids = plan.steps().stream().map(Step::id).collect(Collectors.toList());
        for (Fault fault : faults) {
            if (!fault.isCallFault() && !ids.contains(fault.target())) {
                throw new ParameterException(spec.commandLine(), "--fail " + fault + ": the plan has no step "
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
            rootfs.ifPresent(RunCommand::removeIfEmpty);
            throw new ParameterException(spec.commandLine(), "--platform process runs each program from a host "
                    + "executable; give " + missing.stream().map(name -> "--bin-path " + name + "=PATH")
                            .collect(Collectors.joining(" ")));
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
    private static void removeIfEmpty(Path created) {
        try {
            if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(created);
            }
        } catch (IOException e) {
            // Not empty, or gone: then it is not only what the read made.
        }
    }

    private ProcessPlatform processPlatform(LiveOutput live) {
        ProcessPlatform.Builder builder = ProcessPlatform.builder(sandbox.orElseThrow()).output(live);
        binPaths.forEach(builder::bin);
        allowEnv.forEach(builder::allowEnv);
        return builder.build();
    }

    /**
     * The configuration's variables the process platform would refuse, as errors: found before
     * anything is applied, rather than as a failed step after the first effects.
     */
    private static List<Diagnostic> refusedEnv(Config config, ProcessPlatform platform) {
        List<Diagnostic> refused = new ArrayList<>();
        for (EnvVar env : config.env()) {
            platform.envRefusal(env.name()).ifPresent(why -> refused.add(Diagnostic.error(Code.HOST_ENV, env.origin(), why)));
        }
        return refused;
    }

    private static void printSteps(BootReport report, PrintWriter out) {
        for (String line : report.stepLines()) {
            out.println(line);
        }
    }
}
