package io.rumpcfg.launch;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.DeviceNames;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.Origin;
import io.rumpcfg.source.spec.Sources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which devices a configuration needs from the hypervisor: each etfs disk, each disk a mount
 * names under /dev that no {@code blk} entry makes, and each interface of a driver the
 * hypervisor provides. Interfaces of no such driver (lo0, a cloned bridge0) and vnd disks
 * need nothing from it.
 */
public final class GuestDevices {
    private final Hypervisor hypervisor;
    private final Map<String, GuestDevice> found = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private GuestDevices(Hypervisor hypervisor) {
        this.hypervisor = hypervisor;
    }

    /**
     * The devices, disks then interfaces, each kind in unit order (named ones in document
     * order), or why the configuration cannot run on this hypervisor.
     *
     * @param devices     what the guest needs
     * @param diagnostics an error per device this hypervisor's guests cannot have
     */
    public record Derived(List<GuestDevice> devices, List<Diagnostic> diagnostics) {
        /**
         * Makes a result, copying the lists.
         *
         * @throws NullPointerException if any component, or any element, is null
         */
        public Derived {
            devices = List.copyOf(devices);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** What {@code config} needs from {@code hypervisor}. */
    public static Derived derive(Config config, Hypervisor hypervisor) {
        Objects.requireNonNull(config, "config");
        GuestDevices out = new GuestDevices(Objects.requireNonNull(hypervisor, "hypervisor"));
        for (Blk blk : config.blk()) {
            if (blk instanceof Blk.Etfs) {
                out.etfs((Blk.Etfs) blk);
            }
        }
        for (Mount mount : config.mounts()) {
            if (mount.source() instanceof MountSource.BlkDevice) {
                out.mounted(((MountSource.BlkDevice) mount.source()).device(), mount.origin(), config.blk());
            }
        }
        for (NetInterface iface : config.net().interfaces()) {
            out.iface(iface);
        }
        return new Derived(out.inOrder(), out.diagnostics);
    }

    private void etfs(Blk.Etfs etfs) {
        for (DeviceKind kind : DeviceKind.values()) {
            if (kind.isDisk() && kind.prefix().endsWith(":") && etfs.hostPath().startsWith(kind.prefix())) {
                String name = etfs.hostPath().substring(kind.prefix().length());
                need(kind, name, etfs.origin(), etfs.hostPath() + " is a " + kind.description());
                return;
            }
        }
        diagnostics.add(LaunchDiagnostics.noSuchDisk(etfs.origin(), "etfs disk " + Diagnostic.quote(etfs.hostPath())
                + " names no hypervisor's disk", hypervisor));
    }

    private void mounted(String device, Origin origin, List<Blk> blks) {
        for (Blk blk : blks) {
            if (DeviceNames.belongsTo(device, blk.name())) {
                return;
            }
        }
        String disk = DeviceNames.diskOfPartition(device).orElse(device.substring(Math.min(device.length(),
                DeviceNames.DEV.length())));
        Optional<DeviceKind.Unit> unit = DeviceKind.ofDriverName(disk, true);
        if (unit.isEmpty()) {
            diagnostics.add(LaunchDiagnostics.noSuchDisk(origin, Diagnostic.quote(device)
                    + " is on no disk a blk entry makes or a hypervisor gives", hypervisor));
            return;
        }
        if (unit.get().kind() == DeviceKind.IDE_DISK && unit.get().number() >= DeviceKind.IDE_UNITS) {
            diagnostics.add(Diagnostic.error(Code.LAUNCH_WRONG_PLATFORM, origin, device
                    + " is on " + disk + ", but the PC's two IDE channels hold wd0 to wd" + (DeviceKind.IDE_UNITS - 1)));
            return;
        }
        need(unit.get().kind(), disk, origin, device + " is on a " + unit.get().kind().description());
    }

    private void iface(NetInterface iface) {
        DeviceKind.ofDriverName(iface.name(), false).ifPresent(unit -> {
            if (unit.kind() == DeviceKind.SOLO5_NET && unit.number() > 0 && hypervisor.target() == Sources.Target.SOLO5) {
                diagnostics.add(Diagnostic.error(Code.LAUNCH_WRONG_PLATFORM, iface.origin(), iface.name()
                        + " would be a second Solo5 network device; rumprun's Solo5 guests have one, ukvmif0"));
                return;
            }
            need(unit.kind(), iface.name(), iface.origin(), iface.name() + " is a " + unit.kind().description());
        });
    }

    private void need(DeviceKind kind, String name, Origin origin, String what) {
        if (kind.target() != hypervisor.target()) {
            diagnostics.add(LaunchDiagnostics.wrongPlatform(origin, what, hypervisor, kind.isDisk()));
            return;
        }
        found.putIfAbsent(kind.flag() + " " + name, new GuestDevice(kind, name, origin, Optional.empty()));
    }

    /** Disks then interfaces; numbered kinds in unit order with the units below each filled in. */
    private List<GuestDevice> inOrder() {
        List<GuestDevice> out = new ArrayList<>();
        for (DeviceKind kind : DeviceKind.values()) {
            List<GuestDevice> ofKind = new ArrayList<>();
            for (GuestDevice d : found.values()) {
                if (d.kind() == kind) {
                    ofKind.add(d);
                }
            }
            if (!kind.numberedInOrder() || ofKind.isEmpty()) {
                out.addAll(ofKind);
                continue;
            }
            GuestDevice[] byUnit = new GuestDevice[ofKind.stream().mapToInt(GuestDevice::unit).max().getAsInt() + 1];
            for (GuestDevice d : ofKind) {
                byUnit[d.unit()] = d;
            }
            for (int u = byUnit.length - 1; u >= 0; u--) {
                if (byUnit[u] == null) {
                    GuestDevice next = byUnit[u + 1];
                    byUnit[u] = new GuestDevice(kind, kind.prefix() + u, next.origin(),
                            Optional.of(next.before().orElse(next.name())));
                }
            }
            out.addAll(List.of(byUnit));
        }
        return out;
    }
}
