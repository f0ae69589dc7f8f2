package io.rumpcfg.testing;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.StepFailure;
import io.rumpcfg.model.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assertions over a finished boot on a {@link FakePlatform}: the report and the platform's state. */
public final class BootAssert {
    private final BootReport report;
    private final FakePlatform platform;

    BootAssert(BootReport report, FakePlatform platform) {
        this.report = report;
        this.platform = platform;
    }

    /** The executor's report. */
    public BootReport report() {
        return report;
    }

    /** The platform the configuration was applied to, for checks this class does not offer. */
    public FakePlatform platform() {
        return platform;
    }

    /** Fails unless every step applied and every foreground program exited 0. */
    public BootAssert succeeded() {
        if (!report.succeeded()) {
            throw Failures.fail("expected the boot to succeed", BootReport.Outcome.SUCCEEDED, describe());
        }
        return this;
    }

    /** Fails unless the boot stopped at step {@code stepId}. */
    public BootAssert failedAt(String stepId) {
        Optional<String> failed = report.failed().map(StepFailure::id);
        if (!failed.equals(Optional.of(stepId))) {
            throw Failures.fail("expected the boot to fail at " + stepId, stepId, describe());
        }
        return this;
    }

    /** Fails unless the configuration was rejected, nothing applied. */
    public BootAssert wasRejected() {
        if (report.outcome() != BootReport.Outcome.REJECTED || !platform.calls().stream().allMatch(c -> c.equals("bakedBinaries"))) {
            throw Failures.fail("expected the configuration to be rejected with nothing applied",
                    BootReport.Outcome.REJECTED, describe() + "; platform calls " + platform.calls());
        }
        return this;
    }

    /** Assertions over the file at {@code path} as the boot left it. */
    public FileAssert file(String path) {
        return new FileAssert(this, path, platform.fileText(path));
    }

    /** Assertions over program {@code number} (0 for the first started). */
    public ProgramAssert program(int number) {
        List<ProgramRecord> programs = platform.programs();
        if (number < 0 || number >= programs.size()) {
            throw Failures.fail("expected a program #" + number, "#" + number,
                    programs.size() + " programs started: " + programs.stream().map(ProgramRecord::bin).toList());
        }
        return new ProgramAssert(this, programs.get(number));
    }

    /** Fails unless exactly {@code count} programs were started. */
    public BootAssert startedPrograms(int count) {
        List<ProgramRecord> programs = platform.programs();
        if (programs.size() != count) {
            throw Failures.fail("expected the number of programs started", count,
                    programs.size() + " " + programs.stream().map(ProgramRecord::bin).toList());
        }
        return this;
    }

    /** Fails unless a file system of type {@code fstype} is mounted on {@code mountpoint}. */
    public BootAssert hasMount(String mountpoint, String fstype) {
        List<MountEntry> mounts = platform.mounts();
        if (mounts.stream().noneMatch(m -> m.mountpoint().equals(mountpoint) && m.fstype().equals(fstype))) {
            throw Failures.fail("expected a mount", fstype + " on " + mountpoint,
                    mounts.stream().map(m -> m.fstype() + " " + m.source() + " on " + m.mountpoint()).toList());
        }
        return this;
    }

    /** Fails unless the global sysctl {@code key} is {@code value}. */
    public BootAssert hasSysctl(String key, String value) {
        return entry("sysctl", platform.sysctls(), key, value);
    }

    /** Fails unless the environment variable {@code name} was set to {@code value}. */
    public BootAssert hasEnv(String name, String value) {
        return entry("environment variable", platform.environment(), name, value);
    }

    /** Fails unless the default route of {@code family} ({@code inet}, {@code inet6}) is {@code gateway}. */
    public BootAssert hasRoute(String family, String gateway) {
        return entry("default route", platform.routes(), family, gateway);
    }

    /** Fails unless the interface has exactly {@code addresses}, as {@link NetInterfaceState} spells them. */
    public BootAssert hasInterface(String name, String... addresses) {
        List<String> expected = List.of(addresses);
        Optional<NetInterfaceState> state = platform.interfaces().stream().filter(i -> i.name().equals(name)).findFirst();
        if (state.isEmpty() || !state.get().addresses().equals(expected)) {
            throw Failures.fail("expected interface " + name + " with its addresses", expected, platform.interfaces());
        }
        return this;
    }

    private BootAssert entry(String what, Map<String, String> table, String key, String value) {
        if (!value.equals(table.get(key))) {
            throw Failures.fail("expected " + what + " " + key, key + "=" + value, table);
        }
        return this;
    }

    /** The outcome and step lines, and the diagnostics when there are any: what a failure shows. */
    String describe() {
        StringBuilder out = new StringBuilder(report.outcome().toString());
        report.stepLines().forEach(l -> out.append("\n    ").append(l));
        List<Diagnostic> diagnostics = report.diagnostics();
        if (!diagnostics.isEmpty()) {
            out.append(Failures.render(diagnostics));
        }
        return out.toString();
    }
}
