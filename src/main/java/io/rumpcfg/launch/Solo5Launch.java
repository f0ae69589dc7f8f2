package io.rumpcfg.launch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solo5 tender: {@code solo5-hvt} or {@code solo5-spt} with the guest's devices named as
 * its manifest names them, then the kernel, then the configuration as the guest's one
 * argument, which the tender puts on the guest's command line (without a final line end).
 */
final class Solo5Launch {
    /** The network device of rumprun's Solo5 guests, {@code ukvmif0} inside (the name urunc gives too). */
    static final String NET_DEVICE = "tap";

    private Solo5Launch() {}

    static List<Action> actions(LaunchSpec spec) {
        List<Arg> argv = new ArrayList<>();
        argv.add(Arg.text(spec.hypervisor().program()));
        argv.add(Arg.text("--mem=" + spec.memoryMiB()));
        for (Attached a : spec.devices()) {
            argv.add(Arg.text(a.device().kind() == DeviceKind.SOLO5_NET
                    ? "--net:" + NET_DEVICE + "=" + a.host()
                    : "--block:" + a.device().name() + "=" + a.host()));
        }
        argv.add(Arg.text(spec.kernel().toString()));
        String document = new String(spec.document(), StandardCharsets.UTF_8);
        // The line end that ends a printed document is no part of it; urunc passes none either.
        argv.add(Arg.text(document.endsWith("\n") ? document.substring(0, document.length() - 1) : document));
        return List.of(new Action.Run(argv, false));
    }
}
