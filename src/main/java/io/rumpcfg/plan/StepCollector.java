package io.rumpcfg.plan;

import io.rumpcfg.internal.GivenTwice;
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
import java.util.Arrays;
import java.util.List;

/** One step per element of a configuration, in stage order, then document order. */
final class StepCollector {
    private final Step[] steps;
    private int size;
    /** The last step's stage (the first of all before any), and whether no stage so far comes after a later one. */
    private Stage last = Stage.SYSCTL;
    private boolean stagesInOrder = true;
    /**
     * The steps of the kind being collected by id, as an open-addressing table: ids are
     * compared through their arguments ({@link Step#argument}) without being spelled, which on
     * the boot path would cost a string per step. Steps of two kinds never share an id, so one
     * kind at a time is kept, in a table sized for the largest kind rather than for all steps.
     * An entry is one past the step's index from {@link #kindStart} (0 marks an empty slot) in
     * the bits below the slot count, which holds more than there are steps of a kind, and the
     * scrambled hash's bits above: a probe passes a step of another name mostly without
     * reading it.
     */
    private final int[] byId;
    private final int shift;
    /** The first step of the kind being collected. */
    private int kindStart;
    /** Whether {@link #byId} holds a step: the next kind then starts from an empty table. */
    private boolean kept;
    private final List<Diagnostic> diagnostics;

    private StepCollector(int capacity, int largestKind, List<Diagnostic> diagnostics) {
        this.steps = new Step[capacity];
        int slots = Integer.highestOneBit(Math.max(4, largestKind + largestKind / 2)) << 1; // at most two thirds full
        this.byId = new int[slots];
        this.shift = Integer.numberOfLeadingZeros(slots) + 1;
        this.diagnostics = diagnostics;
    }

    /**
     * The steps of {@code config}. A second element with the id of an earlier one (which a
     * validated configuration does not have) is reported and left out.
     */
    static Steps collect(Config config, PlanOptions options, List<Diagnostic> diagnostics) {
        List<RcEntry> programs = config.rc().isPresent() ? config.rc().get() : bakedPrograms(options);
        int capacity = config.sysctl().size() + config.env().size() + 1 + config.blk().size() + config.mounts().size()
                + config.net().interfaces().size() + config.net().gateways().size() + 1 + programs.size();
        int largestKind = Math.max(Math.max(config.sysctl().size(), config.env().size()),
                Math.max(Math.max(config.blk().size(), config.mounts().size()),
                        Math.max(config.net().interfaces().size(), config.net().gateways().size())));
        StepCollector out = new StepCollector(capacity, largestKind, diagnostics);
        out.nextKind();
        for (Sysctl sysctl : config.sysctl()) {
            Step.SetSysctl step = new Step.SetSysctl(sysctl);
            out.add(step, step.stage(), step.argument());
        }
        out.nextKind();
        for (EnvVar env : config.env()) {
            Step.SetEnv step = new Step.SetEnv(env);
            out.add(step, step.stage(), step.argument());
        }
        if (config.hostname().isPresent()) {
            Step.SetHostname step = new Step.SetHostname(config.hostname().get());
            out.append(step, step.stage()); // one at most: nothing to compare it with
        }
        int blks = out.size;
        out.nextKind();
        for (Blk blk : config.blk()) {
            String file = blk instanceof Blk.Vnd ? MountPaths.resolve(options.baseDir(), blk.path()) : blk.path();
            Step.ConfigureBlk step = new Step.ConfigureBlk(blk, file);
            out.add(step, step.stage(), step.argument());
        }
        int mounts = out.size;
        out.nextKind();
        for (Mount mount : config.mounts()) {
            Step.MountFs step = new Step.MountFs(mount);
            while (!out.addNew(step, step.stage(), step.argument())) {
                step = new Step.MountFs(mount, step.layer() + 1); // mounted over the earlier one
            }
        }
        int network = out.size;
        out.nextKind();
        for (NetInterface iface : config.net().interfaces()) {
            Step.ConfigureInterface step = new Step.ConfigureInterface(iface);
            out.add(step, step.stage(), step.argument());
        }
        out.nextKind();
        for (Gateway gateway : config.net().gateways()) {
            Step.AddGateway step = new Step.AddGateway(gateway);
            out.add(step, step.stage(), step.argument());
        }
        int dns = out.size;
        if (config.net().dns().isPresent()) {
            Step.WriteResolvConf step = new Step.WriteResolvConf(config.net().dns().get());
            out.append(step, step.stage()); // one at most
        }
        int firstProgram = out.size;
        List<String> baked = options.bins().orElse(List.of());
        for (int i = 0; i < programs.size(); i++) {
            Step.StartProgram step = new Step.StartProgram(i, programs.get(i).resolvedAgainst(baked));
            out.append(step, step.stage()); // rc:<i>, its index its own
        }
        return new Steps(out.steps, out.size, out.stagesInOrder, blks, mounts, network, dns, firstProgram);
    }

    /** With no rc, one entry per baked binary, in bake order; none when they are unknown. */
    private static List<RcEntry> bakedPrograms(PlanOptions options) {
        List<RcEntry> programs = new ArrayList<>();
        for (String bin : options.bins().orElse(List.of())) {
            programs.add(RcEntry.baked(bin));
        }
        return programs;
    }

    /** Forgets the steps of the kind collected so far, which no later step can repeat. */
    private void nextKind() {
        kindStart = size;
        if (kept) {
            Arrays.fill(byId, 0);
            kept = false;
        }
    }

    /** Adds {@code step} unless an earlier step of its kind has its id, which is reported. */
    private void add(Step step, Stage stage, String argument) {
        Step earlier = addNew(step, stage, argument) ? null : earlier(argument);
        if (earlier != null) {
            diagnostics.add(GivenTwice.diagnostic(step.origin().path(), step.origin().position(), step.op(), argument,
                    earlier.origin()));
        }
    }

    /** Adds {@code step} and true, unless an earlier step of its kind has its id: then false. */
    private boolean addNew(Step step, Stage stage, String argument) {
        int hash = argument.hashCode() * 0x9E3779B9; // Fibonacci hashing, as in MountTable
        int mask = byId.length - 1;
        int tag = hash & ~mask;
        int slot = hash >>> shift;
        for (int entry = byId[slot]; entry != 0; entry = byId[slot]) {
            if ((entry & ~mask) == tag && steps[kindStart + (entry & mask) - 1].argument().equals(argument)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        append(step, stage);
        byId[slot] = tag | size - kindStart;
        kept = true;
        return true;
    }

    /** The step of this kind with {@code argument}, known to be there. */
    private Step earlier(String argument) {
        for (int i = kindStart; i < size; i++) {
            if (steps[i].argument().equals(argument)) {
                return steps[i];
            }
        }
        throw new IllegalStateException("no step " + argument);
    }

    private void append(Step step, Stage stage) {
        steps[size++] = step;
        stagesInOrder &= stage.compareTo(last) >= 0;
        last = stage;
    }
}
