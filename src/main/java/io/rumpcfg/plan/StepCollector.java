package io.rumpcfg.plan;

import io.rumpcfg.internal.GivenTwice;
import io.rumpcfg.internal.NameTable;
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
import java.util.List;

/** One step per element of a configuration, in stage order, then document order. */
final class StepCollector {
    private final Step[] steps;
    private int size;
    /** The last step's stage (the first of all before any), and whether no stage so far comes after a later one. */
    private Stage last = Stage.SYSCTL;
    private boolean stagesInOrder = true;
    /**
     * The steps of the kind being collected by id, compared through their arguments
     * ({@link Step#argument}) without being spelled, which on the boot path would cost a
     * string per step. Steps of two kinds never share an id, so one kind at a time is kept.
     */
    private final NameTable byId;
    private final List<Diagnostic> diagnostics;

    private StepCollector(int capacity, int largestKind, List<Diagnostic> diagnostics) {
        this.steps = new Step[capacity];
        this.byId = new NameTable(largestKind);
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
        byId.clear();
    }

    /** Adds {@code step} unless an earlier step of its kind has its id, which is reported. */
    private void add(Step step, Stage stage, String argument) {
        int earlier = byId.putIfAbsent(argument, size);
        if (earlier == NameTable.ABSENT) {
            append(step, stage);
            return;
        }
        diagnostics.add(GivenTwice.diagnostic(step.origin().path(), step.origin().position(), step.op(), argument,
                steps[earlier].origin()));
    }

    /** Adds {@code step} and true, unless an earlier step of its kind has its id: then false. */
    private boolean addNew(Step step, Stage stage, String argument) {
        if (byId.putIfAbsent(argument, size) != NameTable.ABSENT) {
            return false;
        }
        append(step, stage);
        return true;
    }

    private void append(Step step, Stage stage) {
        steps[size++] = step;
        stagesInOrder &= stage.compareTo(last) >= 0;
        last = stage;
    }
}
