package io.rumpcfg.plan;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.DeviceNames;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.RcEntry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Derives what each step waits for, each edge with its {@link Reason}. Every rule looks
 * its targets up in hash tables, so deriving is linear in the steps and edges.
 */
final class DependencyRules {
    private static final int NONE = MountTable.NONE;

    private final Graph graph;
    private final Steps steps;
    /** Each mount step's normalised mountpoint, put in step order: {@code path(i - steps.mounts)} is step i's. */
    private final MountTable mounts;
    /** For a mount over an earlier one at its mountpoint, that mount's step plus one; null when there is none. */
    private int[] over;
    private final Map<String, Integer> blkByName = new HashMap<>();
    private final int dns;

    private DependencyRules(Graph graph) {
        this.graph = graph;
        this.steps = graph.steps;
        this.mounts = new MountTable(steps.network - steps.mounts, steps.mounts);
        this.dns = steps.dns < steps.programs ? steps.dns : NONE;
    }

    static Graph derive(Steps steps) {
        DependencyRules rules = new DependencyRules(new Graph(steps));
        rules.index();
        rules.configuration();
        rules.programs();
        return rules.graph;
    }

    private void index() {
        for (int i = steps.mounts; i < steps.network; i++) {
            Step.MountFs step = (Step.MountFs) steps.get(i);
            String mountpoint = MountPaths.normalise(step.mount().mountpoint());
            if (step.layer() > 1) {
                over = over == null ? new int[steps.network - steps.mounts] : over;
                over[i - steps.mounts] = mounts.nearest(mountpoint) + 1; // its edge is added in step order, by mount()
            }
            mounts.put(mountpoint);
        }
        for (int i = steps.blks; i < steps.mounts; i++) {
            blkByName.put(((Step.ConfigureBlk) steps.get(i)).blk().name(), i);
        }
    }

    /** The blks', mounts' and DNS's edges, in that order: the order of their steps. */
    private void configuration() {
        for (int i = steps.blks; i < steps.mounts; i++) {
            Step.ConfigureBlk step = (Step.ConfigureBlk) steps.get(i);
            if (step.blk() instanceof Blk.Vnd) {
                int m = mounts.nearestAbove(step.resolvedFile());
                if (m != NONE) {
                    graph.add(i, m, Reason.BACKING_FILE);
                }
            }
        }
        for (int i = steps.mounts; i < steps.network; i++) {
            mount(i, ((Step.MountFs) steps.get(i)).mount().source());
        }
        if (dns != NONE) {
            int m = mounts.nearestAbove(Dns.RESOLV_CONF);
            if (m != NONE) {
                graph.add(dns, m, Reason.RESOLV_CONF);
            }
        }
    }

    private void mount(int i, MountSource source) {
        if (over != null && over[i - steps.mounts] > 0) {
            graph.add(i, over[i - steps.mounts] - 1, Reason.OVER);
        }
        int m = mounts.nearestAbove(mounts.path(i - steps.mounts));
        if (m != NONE) {
            graph.add(i, m, Reason.BENEATH);
        }
        source.accept(new SourceEdges(i));
    }

    /** What mount step {@code i} waits for because of its source: its device's blk, or the network. */
    private final class SourceEdges implements MountSource.Visitor<Void, RuntimeException> {
        private final int i;

        SourceEdges(int i) {
            this.i = i;
        }

        @Override
        public Void blk(MountSource.BlkDevice blk) {
            int b = blkOf(blk.device());
            if (b != NONE) {
                graph.add(i, b, Reason.DEVICE);
            }
            return null;
        }

        @Override
        public Void kernfs(MountSource.Kernfs kernfs) {
            return null;
        }

        @Override
        public Void tmpfs(MountSource.Tmpfs tmpfs) {
            return null;
        }

        @Override
        public Void nfs(MountSource.Nfs nfs) {
            for (int k = steps.network; k < steps.dns; k++) {
                graph.add(i, k, Reason.NFS_NETWORK);
            }
            if (nfs.serverIsHostName() && dns != NONE) {
                graph.add(i, dns, Reason.NFS_DNS);
            }
            return null;
        }
    }

    /** The blk step of {@code /dev/<name>} or of one of its partitions; {@link #NONE} if none. */
    private int blkOf(String device) {
        // Most configurations mount the platform's own disks and configure no blk at all.
        if (blkByName.isEmpty() || !device.startsWith(DeviceNames.DEV)) {
            return NONE;
        }
        Integer whole = blkByName.get(device.substring(DeviceNames.DEV.length()));
        if (whole != null) {
            return whole;
        }
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
        int configuration = steps.programs;
        long[] waitedFor = new long[(configuration + 63) >>> 6]; // bits: a boolean per step cost 8 times the room
        for (int e = 0, end = graph.edgeCount(); e < end; e++) { // so far, only configuration steps have edges
            int t = graph.to(e);
            waitedFor[t >>> 6] |= 1L << t;
        }
        for (int i = configuration; i < steps.size(); i++) {
            RcEntry entry = ((Step.StartProgram) steps.get(i)).entry();
            int m = mounts.nearest(MountPaths.normalise(entry.effectiveWorkdir()));
            if (m != NONE) {
                graph.add(i, m, Reason.WORKDIR);
            }
            if (i == configuration) {
                for (int c = 0; c < configuration; c++) {
                    if ((waitedFor[c >>> 6] & 1L << c) == 0 && c != m) { // the workdir's mount it already waits for
                        graph.add(i, c, Reason.AFTER_CONFIGURATION);
                    }
                }
            } else {
                graph.add(i, i - 1, Reason.AFTER_PREVIOUS);
            }
        }
    }
}
