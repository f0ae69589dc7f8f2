package io.rumpcfg.plan;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.DeviceNames;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.RcEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives what each step waits for, each edge with its {@link Reason}. Every rule looks
 * its targets up in hash tables, so deriving is linear in the steps and edges.
 */
final class DependencyRules {
    private static final int NONE = MountTable.NONE;

    private final Graph graph;
    private final WorkCount work;
    /** Each mount step's mountpoint, normalised once; {@code null} for other steps. */
    private final String[] mountpoints;
    private final MountTable mounts;
    private final Map<String, Integer> blkByName = new HashMap<>();
    /** The interface and gateway steps, in index order (their count known up front: no boxing, no regrowing). */
    private final int[] network;
    private int networkCount;
    /** The program steps, in index order. */
    private final int[] programs;
    private int programCount;
    private int dns = NONE;

    private DependencyRules(Graph graph, WorkCount work) {
        this.graph = graph;
        this.work = work;
        this.mountpoints = new String[graph.size()];
        int mountCount = 0;
        int networkSteps = 0;
        int programSteps = 0;
        for (Step step : graph.steps) {
            if (step instanceof Step.MountFs) {
                mountCount++;
            } else if (step instanceof Step.ConfigureInterface || step instanceof Step.AddGateway) {
                networkSteps++;
            } else if (step instanceof Step.StartProgram) {
                programSteps++;
            }
        }
        this.mounts = new MountTable(mountCount, work);
        this.network = new int[networkSteps];
        this.programs = new int[programSteps];
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
                mountpoints[i] = MountPaths.normalise(((Step.MountFs) step).mount().mountpoint());
                mounts.put(mountpoints[i], i);
            } else if (step instanceof Step.ConfigureBlk) {
                blkByName.put(((Step.ConfigureBlk) step).blk().name(), i);
            } else if (step instanceof Step.ConfigureInterface || step instanceof Step.AddGateway) {
                network[networkCount++] = i;
            } else if (step instanceof Step.WriteResolvConf) {
                dns = i;
            }
        }
    }

    private void configuration() {
        for (int i = 0; i < graph.size(); i++) {
            Step step = graph.steps.get(i);
            if (step instanceof Step.MountFs) {
                mount(i, ((Step.MountFs) step).mount().source());
            } else if (step instanceof Step.ConfigureBlk && ((Step.ConfigureBlk) step).blk() instanceof Blk.Vnd) {
                int m = mounts.nearestAbove(((Step.ConfigureBlk) step).resolvedFile());
                if (m != NONE) {
                    graph.add(i, m, Reason.BACKING_FILE);
                }
            } else if (step instanceof Step.WriteResolvConf) {
                int m = mounts.nearestAbove(Dns.RESOLV_CONF);
                if (m != NONE) {
                    graph.add(i, m, Reason.RESOLV_CONF);
                }
            }
        }
    }

    private void mount(int i, MountSource source) {
        int m = mounts.nearestAbove(mountpoints[i]);
        if (m != NONE) {
            graph.add(i, m, Reason.BENEATH);
        }
        if (source instanceof MountSource.BlkDevice) {
            String device = ((MountSource.BlkDevice) source).device();
            int b = blkOf(device);
            if (b != NONE) {
graph.add(i, b, Reason.DEVICE);
            }
        } else if (source instanceof MountSource.Nfs) {
            for (int k = 0; k < networkCount; k++) {
                work.one();
                graph.add(i, network[k], Reason.NFS_NETWORK);
            }
            if (((MountSource.Nfs) source).serverIsHostName() && dns != NONE) {
                graph.add(i, dns, Reason.NFS_DNS);
            }
        }
    }

    /** The blk step of {@code /dev/<name>} or of one of its partitions; {@link #NONE} if none. */
    private int blkOf(String device) {
        if (!device.startsWith(DeviceNames.DEV)) {
            return NONE;
        }
        work.one();
        Integer whole = blkByName.get(device.substring(DeviceNames.DEV.length()));
        if (whole != null) {
            return whole;
        }
        work.one();
        // Not Optional.map(blkByName::get): this is the boot path, where linking a method
        // reference costs start-up time (see docs/performance.md).
        Optional<String> disk = DeviceNames.diskOfPartition(device);
        Integer blk = disk.isPresent() ? blkByName.get(disk.get()) : null;
        return blk == null ? NONE : blk;
    }

    /**
     * Programs after configuration. {@code rc:0} waits for each configuration step that no
     * other configuration step waits for (so, through them, for all configuration), every
     * later program for the one before it, and each program for the mount of its workdir.
     */
    private void programs() {
        boolean[] waitedFor = new boolean[graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            if (graph.steps.get(i) instanceof Step.StartProgram) {
                programs[programCount++] = i;
            } else {
                for (int e = graph.edgesStart(i), end = graph.edgesEnd(i); e < end; e++) {
                    work.one();
                    waitedFor[graph.to(e)] = true;
                }
            }
        }
        for (int p = 0; p < programCount; p++) {
            int i = programs[p];
            RcEntry entry = ((Step.StartProgram) graph.steps.get(i)).entry();
            int m = mounts.nearest(MountPaths.normalise(entry.effectiveWorkdir()));
            if (m != NONE) {
                graph.add(i, m, Reason.WORKDIR);
            }
            if (p == 0) {
                for (int c = 0; c < graph.size(); c++) {
                    work.one();
                    if (!(graph.steps.get(c) instanceof Step.StartProgram) && !waitedFor[c]) {
                        graph.add(i, c, Reason.AFTER_CONFIGURATION);
                    }
                }
            } else {
                graph.add(i, programs[p - 1], Reason.AFTER_PREVIOUS);
            }
        }
    }
}
