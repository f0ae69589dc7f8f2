package io.rumpcfg.launch;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;

/** The messages of {@code rumpcfg launch}'s diagnostics (codes {@code launch-*} of {@link Code}). */
public final class LaunchDiagnostics {
    private LaunchDiagnostics() {}

    static Diagnostic wrongPlatform(Origin at, String what, Hypervisor hypervisor, boolean disk) {
        return Diagnostic.error(Code.LAUNCH_WRONG_PLATFORM, at, what + ", which a " + hypervisor.token()
                + " guest does not have (it has " + DeviceKind.ofTarget(hypervisor.target(), disk) + ")");
    }

    static Diagnostic noSuchDisk(Origin at, String what, Hypervisor hypervisor) {
        return Diagnostic.error(Code.LAUNCH_WRONG_PLATFORM, at, what + "; a " + hypervisor.token() + " guest has "
                + DeviceKind.ofTarget(hypervisor.target(), true));
    }

    static Diagnostic noDevice(GuestDevice device) {
        String flag = device.kind().flag();
        String why = device.before().isPresent()
                ? ", and the guest numbers its " + device.kind().prefix() + " devices in order: "
                        + device.before().get() + " needs " + device.name() + " before it"
                : "";
        return Diagnostic.error(Code.LAUNCH_NO_DEVICE, device.origin(), device.kind().description() + " " + device.name()
                + " is given by no " + flag + why + ": add " + flag + " " + device.name() + "="
                + (device.kind().isDisk() ? "FILE" : "HOSTDEV"));
    }

    static Diagnostic unused(String flag, String name, String value, String used) {
        return Diagnostic.error(Code.LAUNCH_UNUSED_DEVICE, Origin.SYNTHETIC, flag + " " + Diagnostic.quote(name + "=" + value)
                + ": the configuration uses no device " + Diagnostic.quote(name)
                + (used.isEmpty() ? "" : " (it uses " + used + ")"));
    }
}
