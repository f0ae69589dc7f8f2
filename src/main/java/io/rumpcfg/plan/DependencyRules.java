package io.rumpcfg.plan;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.DeviceNames;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives what each step waits for, each edge with its reason in words. Every rule looks
 * its targets up in hash maps, so deriving is linear in the steps and edges.
 */
final class DependencyRules {

    private final Graph graph;
    private final WorkCount work;
    private final Map<String, Integer> mountsByPath = new HashMap<>();
    private final Map<String, Integer> blkByName = new HashMap<>();
    private final List<Integer> network = new ArrayList<>();
    private Optional<Integer> dns = Optional.empty();

    private DependencyRules(Graph graph, WorkCount work) {
        this.graph = graph;
        this.work = work;
    }

    static Graph derive(List<Step> steps, WorkCount work) {
        DependencyRules rules = new DependencyRules(new Graph(steps), work);
        rules.index();
        rules.configuration();
        rules.programs();
        return rules.graph;
    }

    private void index() {
        for (int i = 0; i < graph.size(); i++) {
            Step step = graph.steps.get(i);
            if (step instanceof Step.MountFs) {
                mountsByPath.put(mountpoint(i), i);
            } else if (step instanceof Step.ConfigureBlk) {
                blkByName.put(((Step.ConfigureBlk) step).blk().name(), i);
            } else if (step instanceof Step.ConfigureInterface || step instanceof Step.AddGateway) {
                network.add(i);
            } else if (step instanceof Step.WriteResolvConf) {
                dns = Optional.of(i);
            }
        }
    }

    private void configuration() {
        for (int k = 0; k < graph.size(); k++) {
            int i = k;
            Step step = graph.steps.get(i);
            if (step instanceof Step.MountFs) {
                mount(i, ((Step.MountFs) step).mount().source());
            } else if (step instanceof Step.ConfigureBlk && ((Step.ConfigureBlk) step).blk() instanceof Blk.Vnd) {
                String file = ((Step.ConfigureBlk) step).resolvedFile();
                MountPaths.nearestAbove(mountsByPath, file, work).ifPresent(m ->
                        graph.add(i, m, "the backing file " + file + " lies on " + mountpoint(m)));
            } else if (step instanceof Step.WriteResolvConf) {
                MountPaths.nearestAbove(mountsByPath, Dns.RESOLV_CONF, work).ifPresent(m ->
                        graph.add(i, m, Dns.RESOLV_CONF + " lies on " + mountpoint(m)));
            }
        }
    }

    private void mount(int i, MountSource source) {
        String at = mountpoint(i);
        MountPaths.nearestAbove(mountsByPath, at, work).ifPresent(m ->
                graph.add(i, m, at + " is beneath " + mountpoint(m)));
        if (source instanceof MountSource.BlkDevice) {
            String device = ((MountSource.BlkDevice) source).device();
            blkOf(device).ifPresent(b -> graph.add(i, b, device.equals(DeviceNames.DEV + name(b))
                    ? device + " is blk." + name(b)
                    : device + " is a partition of blk." + name(b)));
        } else if (source instanceof MountSource.Nfs) {
            MountSource.Nfs nfs = (MountSource.Nfs) source;
            for (int n : network) {
                work.one();
                graph.add(i, n, "NFS needs the network: " + graph.id(n));
            }
            if (nfs.serverIsHostName()) {
                dns.ifPresent(d -> graph.add(i, d, nfs.server() + " is a host name: needs DNS"));
            }
        }
    }

    /** The blk step of {@code /dev/<name>} or of one of its partitions. */
    private Optional<Integer> blkOf(String device) {
        if (!device.startsWith(DeviceNames.DEV)) {
            return Optional.empty();
        }
        work.one();
        Integer whole = blkByName.get(device.substring(DeviceNames.DEV.length()));
        if (whole != null) {
            return Optional.of(whole);
        }
        work.one();
        return DeviceNames.diskOfPartition(device).map(blkByName::get);
    }

    /**
     * Programs after configuration. {@code rc:0} waits for each configuration step that no
     * other configuration step waits for (so, through them, for all configuration), every
     * later program for the one before it, and each program for the mount of its workdir.
     */
    private void programs() {
        boolean[] waitedFor = new boolean[graph.size()];
        List<Integer> programs = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            if (graph.steps.get(i) instanceof Step.StartProgram) {
                programs.add(i);
            } else {
                for (int e = graph.edgesStart(i), end = graph.edgesEnd(i); e < end; e++) {
                    work.one();
                    waitedFor[graph.to(e)] = true;
                }
            }
        }
        for (int p = 0; p < programs.size(); p++) {
            int i = programs.get(p);
            RcEntry entry = ((Step.StartProgram) graph.steps.get(i)).entry();
            String workdir = MountPaths.normalise(entry.effectiveWorkdir());
            MountPaths.nearest(mountsByPath, workdir, work).ifPresent(m ->
                    graph.add(i, m, "its workdir " + workdir + " lies on " + mountpoint(m)));
            if (p == 0) {
                for (int c = 0; c < graph.size(); c++) {
                    work.one();
                    if (!(graph.steps.get(c) instanceof Step.StartProgram) && !waitedFor[c]) {
                        graph.add(i, c, "programs start after configuration");
                    }
                }
            } else {
                int previous = programs.get(p - 1);
                graph.add(i, previous, startsAfter((Step.StartProgram) graph.steps.get(previous), graph.id(previous)));
            }
        }
    }

    private static String startsAfter(Step.StartProgram previous, String id) {
        RunMode mode = previous.entry().runmode();
        if (mode == RunMode.PIPE) {
            return id + " pipes its output into it";
        }
        if (mode == RunMode.BACKGROUND) {
            return id + " starts first, in the background";
        }
        return id + " runs to its end first";
    }

    private String mountpoint(int i) {
        return MountPaths.normalise(((Step.MountFs) graph.steps.get(i)).mount().mountpoint());
    }

    private String name(int blk) {
        return ((Step.ConfigureBlk) graph.steps.get(blk)).blk().name();
    }
}
