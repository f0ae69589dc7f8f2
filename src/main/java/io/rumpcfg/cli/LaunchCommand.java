package io.rumpcfg.cli;

import io.rumpcfg.convert.OlderDialect;
import io.rumpcfg.convert.OlderOptions;
import io.rumpcfg.launch.Action;
import io.rumpcfg.launch.Attached;
import io.rumpcfg.launch.GuestDevices;
import io.rumpcfg.launch.Hypervisor;
import io.rumpcfg.launch.LaunchRunner;
import io.rumpcfg.launch.LaunchSpec;
import io.rumpcfg.launch.ShellScript;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.spec.Sources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code rumpcfg launch}: starts a guest on a hypervisor with the devices and the configuration it needs. */
final class LaunchCommand implements Command {
    /** How long the hypervisor's program has to end when rumpcfg is told to exit. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    static final Usage USAGE = CheckOptions.declare(Usage.of(Subcommand.LAUNCH.token(),
                    "Starts a rumprun guest with the devices its configuration needs.")
                    .details("Validates FILE for the hypervisor's platform, derives the disks and interfaces the guest "
                            + "needs (each given by a --disk or --net; one missing or one unused is an error), places "
                            + "the configuration where the guest reads it (qemu: the first multiboot module; xen: the "
                            + "domain's rumprun/cfg key, written between xl create -p and xl unpause; solo5: the guest's "
                            + "command line, in the older format) and runs the hypervisor with the console passed "
                            + "through, exiting with its status. --dry-run prints the commands as a shell script instead.",
                            "HYPERVISOR is qemu, xen, solo5-hvt or solo5-spt. A --net HOSTDEV is a tap device (a Xen "
                            + "bridge), or for qemu 'user': QEMU's user-mode network, restricted to the guest and the host.")
                    .operands("HYPERVISOR " + Specs.ONE_FILE)
                    .operand("HYPERVISOR", "qemu, xen, solo5-hvt or solo5-spt.")
                    .operand(Specs.ONE_FILE, Specs.ONE_FILE_HELP))
            .required("--kernel", "FILE", "The unikernel to boot.")
            .repeatable("--disk", "NAME=FILE",
                    "The file behind the guest's disk NAME: ld0, sd1, wd0 (qemu), xvda (xen), a Solo5 block name.")
            .repeatable("--net", "IF=HOSTDEV", "The host side of the guest's interface IF (vioif0, wm0, xenif0, ukvmif0).")
            .option("--memory", "SIZE", "The guest's memory: 64, 64M, 1G (whole MiB); default 64M.")
            .option("--monitor", "SOCKET", "qemu: QEMU's QMP monitor on this Unix socket.")
            .option("--format", "FORMAT", "current or older (also spelt legacy): the format the guest reads; default "
                    + "current, older for solo5.")
            .flag("--lossy", "With the older format: leave out, with a warning each, what it cannot express.")
            .flag("--dry-run", "Print the commands as a shell script instead of running them.")
            .exitCode("1", "invalid configuration; nothing started")
            .exitCode("2", "usage error")
            .exitCode("4", "an input could not be read, or (xen) xenstore could not be written")
            .exitCode("127", "the hypervisor's program is not on the PATH; nothing started")
            .exitCode("*", "otherwise the status of the hypervisor's program (0 when it ended well)")
            .build();

    private final CheckOptions check;
    private final Hypervisor hv;
    private final List<String> file;
    private final Path kernel;
    private final List<String> disks;
    private final List<String> nets;
    private final int memory;
    private final Optional<Path> monitor;
    private final boolean older;
    private final boolean lossy;
    private final boolean dryRun;

    LaunchCommand(Args args) {
        check = new CheckOptions(args);
        List<String> operands = args.operands();
        if (operands.isEmpty()) {
            throw new UsageError("Missing required parameter: 'HYPERVISOR'");
        }
        if (operands.size() > 2) {
            throw new UsageError("give one FILE: this command reads one configuration, not " + (operands.size() - 1));
        }
        String hypervisor = operands.get(0);
        file = operands.subList(1, operands.size());
        kernel = Path.of(args.required("--kernel"));
        disks = args.values("--disk");
        nets = args.values("--net");
        Optional<String> size = args.value("--memory");
        try {
            memory = size.isEmpty() ? MemorySize.DEFAULT_MIB : MemorySize.mib(size.get());
        } catch (IllegalArgumentException e) {
            throw Args.invalid("--memory", e);
        }
        monitor = args.path("--monitor");
        Optional<String> format = args.value("--format");
        lossy = args.flag("--lossy");
        dryRun = args.flag("--dry-run");
        hv = Hypervisor.fromToken(hypervisor).orElseThrow(() -> new UsageError(
                "HYPERVISOR must be qemu, xen, solo5-hvt or solo5-spt, not '" + hypervisor + "'"));
        older = GuestDocument.isOlder(format.orElse(hv.target() == Sources.Target.SOLO5 ? "older" : "current"));
        if (monitor.isPresent() && hv != Hypervisor.QEMU) {
            throw new UsageError("--monitor goes with qemu");
        }
    }

    @Override
    public int call(Io io) {
        PrintWriter err = io.err();
        boolean solo5 = hv.target() == Sources.Target.SOLO5;
        Map<String, String> diskFiles = pairs("--disk", disks, true, err);
        Map<String, String> netDevs = pairs("--net", nets, false, err);
        Optional<Path> kernelFile = HostFiles.existing("--kernel", kernel, err);
        if (kernelFile.isEmpty() || diskFiles.containsValue(null)) {
            return ExitCode.UNREADABLE;
        }
        if (hv == Hypervisor.XEN && !HostFiles.fitsXlConfig(kernelFile.get().toString())) {
            throw usage("--kernel " + kernel + ": " + HostFiles.NOT_IN_XL_CONFIG);
        }
        String source = Specs.one(file, check.source);
        Loaded loaded = Loaded.loadConfiguration(source, io.stdin(), check, err);
        if (!loaded.isValid()) {
            return loaded.exitCode();
        }
        Config config = loaded.checked().orElseThrow().config().orElseThrow();
        GuestDevices.Derived derived = GuestDevices.derive(config, hv);
        List<Diagnostic> problems = new ArrayList<>(derived.diagnostics());
        List<Attached> attached = Attached.attach(derived.devices(), diskFiles, netDevs, problems);
        String name = loaded.source().orElseThrow().name();
        if (!problems.isEmpty()) {
            Diagnostics.print(name, problems, err);
            err.flush();
            return ExitCode.INVALID;
        }
        Optional<byte[]> document = GuestDocument.of(loaded, older, new OlderOptions(solo5 ? OlderDialect.SOLO5
                : OlderDialect.MASTER, lossy, check.bins.isEmpty() ? Optional.empty() : Optional.of(check.bins)),
                hv.target(), check, err);
        if (document.isEmpty()) {
            return ExitCode.INVALID;
        }
        LaunchSpec launch = new LaunchSpec(hv, kernelFile.get(), attached, memory,
                monitor.map(m -> m.toAbsolutePath().normalize()), document.get(), check.xenstoreSocket,
                check.xenstoreTimeout);
        if (dryRun) {
            PrintWriter out = io.out();
            out.print(ShellScript.render("rumpcfg launch " + hv.token() + " " + name + ": the commands it runs",
                    launch.actions()));
            out.flush();
            return ExitCode.OK;
        }
        LaunchRunner runner = new LaunchRunner(System.getenv(), err);
        return runStoppable(runner, launch.actions(), Map.of(hv.program(), hv.whereFrom()));
    }

    /**
     * Runs the launch; when the JVM is told to exit meanwhile (SIGTERM, or SIGINT to rumpcfg alone),
     * the hypervisor's program is ended too rather than left running without it.
     */
    static int runStoppable(LaunchRunner runner, List<Action> actions, Map<String, String> missing) {
        Thread hook = new Thread(() -> runner.stop(STOP_GRACE), "rumpcfg-launch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runner.run(actions, missing);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it ends the program, and the JVM exits after it
            }
        }
    }

    /** NAME=VALUE flags by name, in order; a disk's file made absolute, or null when it is missing (reported). */
    private Map<String, String> pairs(String flag, List<String> given, boolean files, PrintWriter err) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : given) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw usage(flag + " takes " + (files ? "NAME=FILE" : "IF=HOSTDEV") + ", not '" + pair + "'");
            }
            String key = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (out.containsKey(key)) {
                throw usage(flag + " " + key + " is given twice");
            }
            if (files) {
                Optional<Path> file = HostFiles.existing(flag + " " + key, Path.of(value), err);
                if (file.isPresent() && hv == Hypervisor.XEN && !HostFiles.fitsXlConfig(file.get().toString())) {
                    throw usage(flag + " " + pair + ": " + HostFiles.NOT_IN_XL_CONFIG);
                }
                out.put(key, file.map(Path::toString).orElse(null));
            } else {
                if (!HostFiles.isHostDevice(value)) {
                    throw usage(flag + " " + pair + ": HOSTDEV is a host network device's name (1 to 15 of "
                            + "A-Z a-z 0-9 . _ -)");
                }
                if (value.equals("user") && hv != Hypervisor.QEMU) {
                    throw usage(flag + " " + pair + ": 'user' is QEMU's user-mode network; give a "
                            + (hv == Hypervisor.XEN ? "bridge" : "tap device"));
                }
                out.put(key, value);
            }
        }
        return out;
    }

    private static UsageError usage(String message) {
        return new UsageError(message);
    }
}
