package io.rumpcfg.plan;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Orders a configuration's effects by what each needs. Pure and deterministic.
 *
 * <p>One step per element: each global sysctl, env variable, the hostname, each interface,
 * each gateway, the DNS settings, each blk, each mount and each rc entry. A configuration
 * without rc gets one program step per baked binary when {@link PlanOptions#bins()} names
 * them, and otherwise none and the note {@link Plan#NOTE_UNLISTED_PROGRAMS}; {@code "rc": []}
 * plans no programs.
 *
 * <p>A step waits for:
 * <ul>
 *   <li>a mount: the mount at the nearest proper ancestor of its mountpoint; for
 *       {@code /dev/<name>} or {@code /dev/<name><letter>}, {@code blk:<name>}; for NFS,
 *       every interface and gateway, and DNS when the server is a host name;</li>
 *   <li>a vnd: the mount holding its backing file (relative files are taken against
 *       {@link PlanOptions#baseDir()});</li>
 *   <li>{@code net.dns}: the mount holding /etc/resolv.conf;</li>
 *   <li>{@code rc:<n>}: the mount holding its workdir, and {@code rc:<n-1>}; {@code rc:0}
 *       also waits for every configuration step no other configuration step waits for,
 *       which puts all configuration before all programs with a linear number of edges.</li>
 * </ul>
 * Where nothing forces an order, {@link Stage} then document order decides. A cycle, and
 * the cross-checks (a vnd mounted but not configured, an address on two interfaces, a device
 * mounted twice) are errors; a gateway that is unreachable, an interface's own address or a
 * broadcast address, and an NFS mount with no interface, are warnings. With any error there
 * is no plan.
 * Planning costs O((n + e) log n) for n steps and e edges; e is linear in n except that each
 * NFS mount waits for each interface and gateway.
 */
public final class Planner {
    private Planner() {}

    /**
     * The plan of {@code config}, with the planner's diagnostics (codes {@code cycle},
     * {@code duplicate}, {@code vnd-not-configured}, {@code duplicate-address},
     * {@code device-mounted-twice}: errors; {@code gateway-unreachable},
     * {@code gateway-own-address}, {@code gateway-broadcast}, {@code nfs-without-network}: warnings).
     * The plan is absent exactly when there is an error.
     */
    public static PlanResult plan(Config config, PlanOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Steps steps = StepCollector.collect(config, options, diagnostics);
        diagnostics.addAll(CrossChecks.check(config));
        Graph graph = DependencyRules.derive(steps);
        Orderer.Ordering ordering = Orderer.order(graph);
        if (ordering.cycle().isPresent()) {
            diagnostics.add(ordering.cycle().get());
        }
        if (Diagnostic.anyError(diagnostics)) {
            return new PlanResult(Optional.empty(), diagnostics);
        }
        List<String> notes = config.rc().isEmpty() && options.bins().isEmpty()
                ? List.of(Plan.NOTE_UNLISTED_PROGRAMS)
                : List.of();
        return new PlanResult(Optional.of(toPlan(graph, ordering, notes)), diagnostics);
    }

    /** The plan, its dependencies spelled when first read. */
    private static Plan toPlan(Graph graph, Orderer.Ordering order, List<String> notes) {
        return new Plan(new AppliedGraph(graph, order), notes);
    }
}
