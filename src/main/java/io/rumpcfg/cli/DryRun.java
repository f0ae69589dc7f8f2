package io.rumpcfg.cli;

import io.rumpcfg.model.DeviceNames;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
import io.rumpcfg.testing.Fault;
import io.rumpcfg.testing.FakePlatform;
import io.rumpcfg.testing.FakePlatformBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The in-memory platform {@code run} applies a plan to: the {@code --bins} names as echo
 * binaries, the {@code --fail} faults, and the hardware devices the configuration mounts.
 */
record DryRun(FakePlatform platform, List<String> assumedDevices) {
    static final String DEFAULT_FSTYPE = "ffs";

    static DryRun of(Plan plan, List<String> bins, List<String> devices, List<Fault> faults) {
        FakePlatformBuilder builder = FakePlatform.builder();
        bins.forEach(builder::echoBin);
        faults.forEach(builder::fail);
        List<String> assumed = new ArrayList<>();
        if (devices.isEmpty()) {
            for (String device : hardwareMounted(plan)) {
                builder.device(device, DEFAULT_FSTYPE);
                assumed.add(device);
            }
        } else {
            for (String device : devices) {
                int eq = device.indexOf('=');
                builder.device(eq < 0 ? device : device.substring(0, eq),
                        eq < 0 ? DEFAULT_FSTYPE : device.substring(eq + 1));
            }
        }
        return new DryRun(builder.build(), List.copyOf(assumed));
    }

    /** Devices mounted from /dev that no blk step of the plan configures: hardware, on a real guest. */
    private static Set<String> hardwareMounted(Plan plan) {
        Set<String> configured = new LinkedHashSet<>();
        Set<String> mounted = new LinkedHashSet<>();
        for (Step step : plan.steps()) {
            if (step instanceof Step.ConfigureBlk) {
                configured.add(((Step.ConfigureBlk) step).blk().name());
            } else if (step instanceof Step.MountFs
                    && ((Step.MountFs) step).mount().source() instanceof MountSource.BlkDevice) {
                mounted.add(((MountSource.BlkDevice) ((Step.MountFs) step).mount().source()).device());
            }
        }
        mounted.removeIf(device -> configured.stream().anyMatch(name -> DeviceNames.belongsTo(device, name)));
        return mounted;
    }

    /** A line saying which devices were assumed present, or nothing. */
    String assumptions() {
        if (assumedDevices.isEmpty()) {
            return "";
        }
        return "assuming present: " + String.join(", ", assumedDevices) + " (" + DEFAULT_FSTYPE
                + "; --device to choose)\n";
    }
}
