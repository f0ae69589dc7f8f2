package io.rumpcfg.launch;

import io.rumpcfg.model.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The guest's devices with what the host gives each: the file behind a disk, the host side of
 * an interface. Made only when every device needed has a {@code --disk} or {@code --net} and
 * every one given is needed; otherwise the errors say which.
 *
 * @param device the device the guest needs
 * @param host   what backs it: an absolute file for a disk, a host device (or {@code user}) for an interface
 */
public record Attached(GuestDevice device, String host) {
    /**
     * Makes an attached device.
     *
     * @throws NullPointerException if any component is null
     */
    public Attached {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(host, "host");
    }

    /**
     * The devices and what backs each, or the errors: one per device needed that {@code disks} or
     * {@code nets} (name to host side, in flag order) does not give, then one per flag given that
     * no device uses.
     *
     * @param devices     what the guest needs
     * @param disks       the {@code --disk} flags
     * @param nets        the {@code --net} flags
     * @param diagnostics where the errors go
     * @return the devices attached, in the order of {@code devices}
     */
    public static List<Attached> attach(List<GuestDevice> devices, Map<String, String> disks, Map<String, String> nets,
            List<Diagnostic> diagnostics) {
        List<Attached> out = new ArrayList<>();
        Map<String, String> unusedDisks = new LinkedHashMap<>(disks);
        Map<String, String> unusedNets = new LinkedHashMap<>(nets);
        for (GuestDevice d : devices) {
            Map<String, String> given = d.kind().isDisk() ? unusedDisks : unusedNets;
            String host = given.remove(d.name());
            if (host == null) {
                diagnostics.add(LaunchDiagnostics.noDevice(d));
            } else {
                out.add(new Attached(d, host));
            }
        }
        unusedDisks.forEach((name, file) -> diagnostics.add(LaunchDiagnostics.unused("--disk", name, file,
                names(devices, true))));
        unusedNets.forEach((name, dev) -> diagnostics.add(LaunchDiagnostics.unused("--net", name, dev,
                names(devices, false))));
        return out;
    }

    private static String names(List<GuestDevice> devices, boolean disks) {
        StringBuilder out = new StringBuilder();
        for (GuestDevice d : devices) {
            if (d.kind().isDisk() == disks) {
                out.append(out.length() == 0 ? "" : ", ").append(d.name());
            }
        }
        return out.toString();
    }
}
