package io.rumpcfg.launch;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;

/** The diagnostic codes of {@code rumpcfg launch} and the shape of their messages. */
public final class LaunchDiagnostics {
    /** The configuration names a device this hypervisor's guests do not have. */
    public static final String WRONG_PLATFORM = "launch.wrong-platform";
    /** The guest needs a device that no {@code --disk} or {@code --net} gives. */
    public static final String NO_DEVICE = "launch.no-device";
    /** A {@code --disk} or {@code --net} gives a device that the configuration does not use. */
    public static final String UNUSED_DEVICE = "launch.unused-device";

    private LaunchDiagnostics() {}

    static Diagnostic wrongPlatform(Origin at, String what, Hypervisor hypervisor, boolean disk) {
        return Diagnostic.error(WRONG_PLATFORM, at, what + ", which a " + hypervisor.token()
                + " guest does not have (it has " + DeviceKind.ofTarget(hypervisor.target(), disk) + ")");
    }

    static Diagnostic noSuchDisk(Origin at, String what, Hypervisor hypervisor) {
        return Diagnostic.error(WRONG_PLATFORM, at, what + "; a " + hypervisor.token() + " guest has "
                + DeviceKind.ofTarget(hypervisor.target(), true));
    }

    static Diagnostic noDevice(GuestDevice device) {
        String flag = device.kind().flag();
        String why = device.before().isPresent()
                ? ", and the guest numbers its " + device.kind().prefix() + " devices in order: "
                        + device.before().get() + " needs " + device.name() + " before it"
                : "";
        return Diagnostic.error(NO_DEVICE, device.origin(), device.kind().description() + " " + device.name()
                + " is given by no " + flag + why + ": add " + flag + " " + device.name() + "="
                + (device.kind().isDisk() ? "FILE" : "HOSTDEV"));
    }

    static Diagnostic unused(String flag, String name, String value, String used) {
        return Diagnostic.error(UNUSED_DEVICE, Origin.SYNTHETIC, flag + " " + Diagnostic.quote(name + "=" + value)
                + ": the configuration uses no device " + Diagnostic.quote(name)
                + (used.isEmpty() ? "" : " (it uses " + used + ")"));
    }
}
