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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One step per element of a configuration, in stage order, then document order. */
final class StepCollector {
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Step> byId = new HashMap<>();
    private final List<Diagnostic> diagnostics;

    private StepCollector(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The steps of {@code config}. A second element with the id of an earlier one (which a
     * validated configuration does not have) is reported and left out.
     */
    static List<Step> collect(Config config, PlanOptions options, List<Diagnostic> diagnostics) {
        StepCollector out = new StepCollector(diagnostics);
        for (Sysctl sysctl : config.sysctl()) {
            out.add(new Step.SetSysctl(sysctl));
        }
        for (EnvVar env : config.env()) {
            out.add(new Step.SetEnv(env));
        }
        config.hostname().ifPresent(h -> out.add(new Step.SetHostname(h)));
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
        config.net().dns().ifPresent(d -> out.add(new Step.WriteResolvConf(d)));
        List<RcEntry> programs = config.rc()
                .orElseGet(() -> options.bins().orElse(List.<String>of()).stream().map(RcEntry::baked).toList());
        List<String> baked = options.bins().orElse(List.of());
        for (int i = 0; i < programs.size(); i++) {
            out.add(new Step.StartProgram(i, programs.get(i).resolvedAgainst(baked)));
        }
        return List.copyOf(out.steps);
    }

    private void add(Step step) {
        Step earlier = byId.putIfAbsent(step.id(), step);
        if (earlier != null) {
            diagnostics.add(Diagnostic.error(Codes.DUPLICATE_STEP, step.origin(),
                    "a second " + step.id() + ": it is already configured at " + Codes.where(earlier)));
            return;
        }
        steps.add(step);
    }
}
