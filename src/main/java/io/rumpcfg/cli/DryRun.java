package io.rumpcfg.cli;

import io.rumpcfg.model.DeviceNames;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.Step;
import io.rumpcfg.testing.FakePlatform;
import io.rumpcfg.testing.FakePlatformBuilder;
import io.rumpcfg.testing.Fault;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The in-memory platform {@code run} applies a plan to: the {@code --bins} names as echo
 * binaries, the {@code --fail} faults, and the hardware devices the configuration mounts.
 */
record DryRun(FakePlatform platform, List<String> assumedBins, List<String> assumedDevices) {
    static final String DEFAULT_FSTYPE = "ffs";

    static DryRun of(Plan plan, List<String> bins, List<String> devices, List<Fault> faults) {
        FakePlatformBuilder builder = FakePlatform.builder();
        // Without --bins, the programs the rc entries name are taken to be baked in, so that a
        // configuration runs as written; the first line of output says so.
        List<String> baked = bins.isEmpty() ? rcBins(plan) : bins;
        for (String bin : baked) {
            builder.echoBin(bin);
        }
        for (Fault fault : faults) {
            builder.fail(fault);
        }
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
        return new DryRun(builder.build(), bins.isEmpty() ? baked : List.of(), List.copyOf(assumed));
    }

    /** Devices mounted from /dev that no blk step of the plan configures: hardware, on a real guest. */
    private static Set<String> hardwareMounted(Plan plan) {
        Set<String> configured = new LinkedHashSet<>();
        Set<String> mounted = new LinkedHashSet<>();
        for (Step step : plan.steps()) {
            if (step instanceof Step.ConfigureBlk blk) {
                configured.add(blk.blk().name());
            } else if (step instanceof Step.MountFs mount && mount.mount().source() instanceof MountSource.BlkDevice device) {
                mounted.add(device.device());
            }
        }
        Set<String> hardware = new LinkedHashSet<>();
        for (String device : mounted) {
            if (!configuresOne(configured, device)) {
                hardware.add(device);
            }
        }
        return hardware;
    }

    private static boolean configuresOne(Set<String> configured, String device) {
        for (String name : configured) {
            if (DeviceNames.belongsTo(device, name)) {
                return true;
            }
        }
        return false;
    }

    /** The programs the rc entries name, in order, each once; "*" (the first baked) names none. */
    private static List<String> rcBins(Plan plan) {
        Set<String> names = new LinkedHashSet<>();
        for (Step step : plan.steps()) {
            if (step instanceof Step.StartProgram program) {
                String bin = program.entry().bin();
                if (!bin.equals(RcEntry.FIRST_BAKED)) {
                    names.add(bin);
                }
            }
        }
        return List.copyOf(names);
    }

    /** Lines saying which binaries were taken to be baked in and which devices present, or nothing. */
    String assumptions() {
        StringBuilder out = new StringBuilder();
        if (!assumedBins.isEmpty()) {
            out.append("baking in what the rc entries name: ").append(String.join(", ", assumedBins))
                    .append(" (--bins to choose)\n");
        }
        if (!assumedDevices.isEmpty()) {
            out.append("assuming present: ").append(String.join(", ", assumedDevices)).append(" (")
                    .append(DEFAULT_FSTYPE).append("; --device to choose)\n");
        }
        return out.toString();
    }
}
