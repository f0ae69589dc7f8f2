package io.rumpcfg.plan;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.Sysctl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One step per element of a configuration, in stage order, then document order. */
final class StepCollector {
    private final List<Step> steps;
    /**
     * The steps so far by id, as an open-addressing table of indexes into {@code steps}:
     * ids are compared through {@link #named} without being spelled, which on the boot path
     * would cost a string per step.
     */
    private final int[] byId;
    private final int shift;
    private final List<Diagnostic> diagnostics;

    private StepCollector(int capacity, List<Diagnostic> diagnostics) {
        this.steps = new ArrayList<>(capacity);
        int slots = Integer.highestOneBit(Math.max(4, capacity + capacity / 2)) << 1; // at most two thirds full
        this.byId = new int[slots];
        this.shift = Integer.numberOfLeadingZeros(slots) + 1;
        this.diagnostics = diagnostics;
    }

    /**
     * The steps of {@code config}. A second element with the id of an earlier one (which a
     * validated configuration does not have) is reported and left out.
     */
    static List<Step> collect(Config config, PlanOptions options, List<Diagnostic> diagnostics) {
        // Loops and ifs rather than streams and Optional's lambdas: this is the boot path, where
        // linking each lambda costs start-up time (see docs/performance.md).
        List<RcEntry> programs = config.rc().isPresent() ? config.rc().get() : bakedPrograms(options);
        int capacity = config.sysctl().size() + config.env().size() + 1 + config.blk().size() + config.mounts().size()
                + config.net().interfaces().size() + config.net().gateways().size() + 1 + programs.size();
        StepCollector out = new StepCollector(capacity, diagnostics);
        for (Sysctl sysctl : config.sysctl()) {
            out.add(new Step.SetSysctl(sysctl));
        }
        for (EnvVar env : config.env()) {
            out.add(new Step.SetEnv(env));
        }
        if (config.hostname().isPresent()) {
            out.add(new Step.SetHostname(config.hostname().get()));
        }
        for (Blk blk : config.blk()) {
            String file = blk instanceof Blk.Vnd
                    ? MountPaths.resolve(options.baseDir(), ((Blk.Vnd) blk).file())
                    : ((Blk.Etfs) blk).hostPath();
            out.add(new Step.ConfigureBlk(blk, file));
        }
        for (Mount mount : config.mounts()) {
            out.add(new Step.MountFs(mount));
        }
        for (NetInterface iface : config.net().interfaces()) {
            out.add(new Step.ConfigureInterface(iface));
        }
        for (Gateway gateway : config.net().gateways()) {
            out.add(new Step.AddGateway(gateway));
        }
        if (config.net().dns().isPresent()) {
            out.add(new Step.WriteResolvConf(config.net().dns().get()));
        }
        List<String> baked = options.bins().orElse(List.of());
        for (int i = 0; i < programs.size(); i++) {
            out.add(new Step.StartProgram(i, programs.get(i).resolvedAgainst(baked)));
        }
        return Collections.unmodifiableList(out.steps);
    }

    /** With no rc, one entry per baked binary, in bake order; none when they are unknown. */
    private static List<RcEntry> bakedPrograms(PlanOptions options) {
        List<RcEntry> programs = new ArrayList<>();
        for (String bin : options.bins().orElse(List.of())) {
            programs.add(RcEntry.baked(bin));
        }
        return programs;
    }

    private void add(Step step) {
        int mask = byId.length - 1;
        int slot = named(step).hashCode() * 0x9E3779B9 >>> shift; // Fibonacci hashing, as in MountTable
        for (; byId[slot] != 0; slot = (slot + 1) & mask) {
            Step earlier = steps.get(byId[slot] - 1);
            if (earlier.getClass() == step.getClass() && named(earlier).equals(named(step))) {
                diagnostics.add(Diagnostic.error(Codes.DUPLICATE_STEP, step.origin(),
                        "a second " + step.id() + ": it is already configured at " + Codes.where(earlier)));
                return;
            }
        }
        steps.add(step);
        byId[slot] = steps.size(); // one past the index: 0 marks an empty slot
    }

    /**
     * What a step's id names after its op (see {@link Step}), read from its element: two
     * steps have one id exactly when they are of one kind and name the same thing.
     */
    private static String named(Step step) {
        if (step instanceof Step.SetSysctl) {
            return ((Step.SetSysctl) step).sysctl().key();
        } else if (step instanceof Step.SetEnv) {
            return ((Step.SetEnv) step).env().name();
        } else if (step instanceof Step.ConfigureInterface) {
            return ((Step.ConfigureInterface) step).iface().name();
        } else if (step instanceof Step.AddGateway) {
            return ((Step.AddGateway) step).gateway().type().token();
        } else if (step instanceof Step.ConfigureBlk) {
            return ((Step.ConfigureBlk) step).blk().name();
        } else if (step instanceof Step.MountFs) {
            return ((Step.MountFs) step).mount().mountpoint();
        } else if (step instanceof Step.StartProgram) {
            return Integer.toString(((Step.StartProgram) step).index());
        }
        return ""; // the hostname and net.dns: one of each
    }
}
