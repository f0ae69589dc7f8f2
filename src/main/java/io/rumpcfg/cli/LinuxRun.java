package io.rumpcfg.cli;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.ExecOptions;
import io.rumpcfg.exec.Executor;
import io.rumpcfg.internal.DiagnosticOrder;
import io.rumpcfg.linux.LinuxPlatform;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.platform.PlatformException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code run --platform linux}: checks the machine, then the configuration, then what the
 * Linux platform refuses, all before any namespace is made; then makes the guest, applies the
 * configuration with every step and program line printed as it happens, and removes the guest
 * whatever happened, before a signal lets the JVM exit.
 */
final class LinuxRun {

    private LinuxRun() {}

    static int run(RunCommand command, String source, List<String> bins, Io io) {
        PrintWriter out = io.out();
        PrintWriter err = io.err();
        Optional<String> missing = LinuxPlatform.missing();
        if (missing.isPresent()) {
            err.println("rumpcfg: " + missing.get());
            err.flush();
            return ExitCode.UNREADABLE;
        }
        Loaded loaded = Loaded.load(source, io.stdin(), command.check, bins, Optional.empty(),
                DiagnosticReport.text(err), err);
        if (!loaded.isValid()) {
            return loaded.exitCode();
        }
        Plan plan = loaded.checked().orElseThrow().plan().orElseThrow();
        List<Diagnostic> refused = refusals(loaded.checked().orElseThrow().config().orElseThrow(), command.allowEnv);
        if (!refused.isEmpty()) {
            Diagnostics.print(loaded.source().orElseThrow().name(), refused, err);
            err.flush();
            return ExitCode.INVALID;
        }
        LiveOutput live = new LiveOutput(out);
        LinuxPlatform platform;
        try {
            platform = builder(command, live).build();
        } catch (PlatformException e) {
            err.println("rumpcfg: cannot make the guest: " + e.getMessage());
            err.flush();
            return ExitCode.UNREADABLE;
        }
        Executor executor = Executor.create(platform, ExecOptions.DEFAULTS.withListener(live));
        try (RunStopper stopper = RunStopper.arm(executor, command.timeout)) {
            BootReport report;
            try {
                report = executor.run(plan);
                String dump = platform.dump(command.reveal);
                synchronized (out) {
                    out.println();
                    out.print(dump);
                    out.flush();
                }
            } finally {
                // Before the report counts as printed: a signal's shutdown waits for this.
                platform.close();
            }
            Optional<String> stopped = executor.stopReason();
            stopped.ifPresent(why -> err.println("rumpcfg: stopped: " + why + "; every program it started was killed"));
            err.flush();
            stopper.reported();
            return stopped.isPresent() ? ExitCode.STOPPED : report.succeeded() ? ExitCode.OK : ExitCode.FAILED;
        }
    }

    private static LinuxPlatform.Builder builder(RunCommand command, LiveOutput live) {
        LinuxPlatform.Builder builder = LinuxPlatform.builder(command.sandbox.orElseThrow()).output(live);
        command.binPaths.forEach(builder::bin);
        command.allowEnv.forEach(builder::allowEnv);
        for (String device : command.devices) {
            int eq = device.indexOf('=');
            builder.device(device.substring(0, eq), Path.of(device.substring(eq + 1)));
        }
        return builder;
    }

    /**
     * What the Linux platform would refuse, as errors found before anything is applied: a
     * global sysctl the kernel does not keep per namespace, a per-process one without a Linux
     * twin, an environment variable that steers the host's tools.
     */
    static List<Diagnostic> refusals(Config config, List<String> allowEnv) {
        List<Diagnostic> refused = new ArrayList<>();
        for (Sysctl s : config.sysctl()) {
            LinuxPlatform.sysctlRefusal(s.key()).ifPresent(why -> refused.add(Diagnostic.error(Code.LINUX_SYSCTL, s.origin(), why)));
        }
        for (EnvVar env : config.env()) {
            LinuxPlatform.envRefusal(env.name(), allowEnv)
                    .ifPresent(why -> refused.add(Diagnostic.error(Code.HOST_ENV, env.origin(), why)));
        }
        for (RcEntry entry : config.rc().orElse(List.of())) {
            for (Sysctl s : entry.sysctl()) {
                LinuxPlatform.processSysctlRefusal(RcEntry.PROC_SYSCTL_PREFIX + s.key())
                        .ifPresent(why -> refused.add(Diagnostic.error(Code.LINUX_SYSCTL, s.origin(), why)));
            }
        }
        return DiagnosticOrder.sorted(refused);
    }
}
