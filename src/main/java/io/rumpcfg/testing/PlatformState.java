package io.rumpcfg.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a platform holds after a boot, as {@link ConformanceKit} compares it with a vector's
 * {@code expect.state} (docs/conformance.md, State). A runtime author fills in the parts their
 * platform can observe; a part left unset is not compared, so a platform that cannot list its
 * routes, say, still runs every other check.
 *
 * <pre>{@code
 * return new PlatformState()
 *         .sysctl(myPlatform.sysctlTable())
 *         .files(myPlatform.filesWrittenAsText());
 * }</pre>
 */
public final class PlatformState {
    private Map<String, String> sysctl;
    private Map<String, String> env;
    private List<NetInterfaceState> interfaces;
    private Map<String, String> routes;
    private List<DeviceNode> devices;
    private List<MountEntry> mounts;
    private Map<String, String> files;
    private List<ProgramState> programs;

    /** A state with no part set: a part left unset is not compared. */
    public PlatformState() {}

    /**
     * A program the platform started, as a vector lists it.
     *
     * @param bin       the baked binary
     * @param argv      its whole argv, argv[0] included
     * @param workdir   the guest directory it started in
     * @param sysctl    its per-process sysctl, keys with {@code proc.curproc.}
     * @param stdinFrom the index (in start order) of the program whose stdout was piped into its stdin, if any
     * @param exit      its exit status; empty while it runs
     */
    public record ProgramState(String bin, List<String> argv, String workdir, Map<String, String> sysctl,
            OptionalInt stdinFrom, OptionalInt exit) {
        /**
         * Makes a program's state, copying {@code argv} and {@code sysctl} (keeping its order).
         *
         * @throws NullPointerException if any component, word, key or value is null
         */
        public ProgramState {
            Objects.requireNonNull(bin, "bin");
            argv = List.copyOf(argv);
            Objects.requireNonNull(workdir, "workdir");
            sysctl = Collections.unmodifiableMap(new LinkedHashMap<>(sysctl));
            Objects.requireNonNull(stdinFrom, "stdinFrom");
            Objects.requireNonNull(exit, "exit");
        }
    }

    /** Everything a {@link FakePlatform} holds. */
    public static PlatformState of(FakePlatform platform) {
        Map<String, String> files = new LinkedHashMap<>();
        platform.files().forEach(f -> files.put(f, platform.fileText(f).orElse("")));
        List<ProgramState> programs = new ArrayList<>();
        for (ProgramRecord r : platform.programs()) {
            programs.add(new ProgramState(r.bin(), r.argv(), r.workdir(), r.sysctl(), r.stdinFrom(), r.exitCode()));
        }
        return new PlatformState()
                .sysctl(platform.sysctls())
                .env(platform.environment())
                .interfaces(platform.interfaces())
                .routes(platform.routes())
                .devices(platform.devices())
                .mounts(platform.mounts())
                .files(files)
                .programs(programs);
    }

    /** The global sysctl table: name → value as text ({@code true} is {@code "1"}). */
    public PlatformState sysctl(Map<String, String> sysctl) {
        this.sysctl = copy(sysctl, "sysctl");
        return this;
    }

    /** The environment set with {@code setenv}: variable → value. */
    public PlatformState env(Map<String, String> env) {
        this.env = copy(env, "env");
        return this;
    }

    /** The interfaces configured, each with whether it was created and its addresses in order. */
    public PlatformState interfaces(List<NetInterfaceState> interfaces) {
        this.interfaces = List.copyOf(interfaces);
        return this;
    }

    /** The default routes: {@code inet} / {@code inet6} → gateway. */
    public PlatformState routes(Map<String, String> routes) {
        this.routes = copy(routes, "routes");
        return this;
    }

    /**
     * The block devices: the declared ones (the vector's {@code platform.devices}, kind
     * {@code declared}) first, then those configured (kind {@code etfs}, {@code vnd}) in order.
     */
    public PlatformState devices(List<DeviceNode> devices) {
        this.devices = List.copyOf(devices);
        return this;
    }

    /** The mount table, in mount order, with the options as the SPI passed them. */
    public PlatformState mounts(List<MountEntry> mounts) {
        this.mounts = List.copyOf(mounts);
        return this;
    }

    /** Every file written: guest path → content as UTF-8 text. */
    public PlatformState files(Map<String, String> files) {
        this.files = copy(files, "files");
        return this;
    }

    /** Every program started, in start order, each finished. */
    public PlatformState programs(List<ProgramState> programs) {
        this.programs = List.copyOf(programs);
        return this;
    }

    private static Map<String, String> copy(Map<String, String> map, String what) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(map, what)));
    }

    /** The part {@code key} of a vector's state in the vectors' own shape, or empty when it was not set. */
    Optional<Object> part(String key) {
        switch (key) {
            case "sysctl":
                return Optional.ofNullable(sysctl).map(m -> new LinkedHashMap<String, Object>(m));
            case "env":
                return Optional.ofNullable(env).map(m -> new LinkedHashMap<String, Object>(m));
            case "routes":
                return Optional.ofNullable(routes).map(m -> new LinkedHashMap<String, Object>(m));
            case "files":
                return Optional.ofNullable(files).map(m -> new LinkedHashMap<String, Object>(m));
            case "interfaces":
                return Optional.ofNullable(interfaces).map(PlatformState::interfacesAsJson);
            case "devices":
                return Optional.ofNullable(devices).map(PlatformState::devicesAsJson);
            case "mounts":
                return Optional.ofNullable(mounts).map(PlatformState::mountsAsJson);
            case "programs":
                return Optional.ofNullable(programs).map(PlatformState::programsAsJson);
            default:
                return Optional.empty();
        }
    }

    private static Object interfacesAsJson(List<NetInterfaceState> interfaces) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (NetInterfaceState i : interfaces) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("created", i.created());
            n.put("addrs", new ArrayList<Object>(i.addresses()));
            out.put(i.name(), n);
        }
        return out;
    }

    private static Object devicesAsJson(List<DeviceNode> devices) {
        List<Object> out = new ArrayList<>();
        for (DeviceNode d : devices) {
            out.add(d.path() + " " + d.kind() + (d.backing().isEmpty() ? "" : " " + d.backing()) + (d.readOnly() ? " ro" : ""));
        }
        return out;
    }

    private static Object mountsAsJson(List<MountEntry> mounts) {
        List<Object> out = new ArrayList<>();
        for (MountEntry m : mounts) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("fstype", m.fstype());
            n.put("source", m.source());
            n.put("mountpoint", m.mountpoint());
            n.put("options", new LinkedHashMap<String, Object>(m.options()));
            out.add(n);
        }
        return out;
    }

    private static Object programsAsJson(List<ProgramState> programs) {
        List<Object> out = new ArrayList<>();
        for (ProgramState p : programs) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("bin", p.bin());
            n.put("argv", new ArrayList<Object>(p.argv()));
            n.put("workdir", p.workdir());
            n.put("sysctl", new LinkedHashMap<String, Object>(p.sysctl()));
            if (p.stdinFrom().isPresent()) {
                n.put("stdinFrom", (long) p.stdinFrom().getAsInt());
            }
            if (p.exit().isPresent()) {
                n.put("exit", (long) p.exit().getAsInt());
            }
            out.add(n);
        }
        return out;
    }
}
