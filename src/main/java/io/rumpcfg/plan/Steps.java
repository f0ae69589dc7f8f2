package io.rumpcfg.plan;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A configuration's steps as collected: kinds in collection order (sysctls, env, hostname,
 * blks, mounts, interfaces and gateways, DNS, programs), each kind in document order, with
 * where each kind starts and each step's {@link Stage}.
 *
 * <p>The rules and the ready queue read steps by index in their inner loops. An array and
 * the sections spare them a {@code List}'s interface calls, an {@code instanceof} chain per
 * step to find the few that matter, and a virtual {@link Step#stage()} per comparison.
 */
final class Steps {
    private final Step[] steps;
    private final byte[] stages;
    private final int size;
    private final boolean stagesInOrder;
    /** The first blk, mount, network (interface or gateway), DNS and program step; each kind ends where the next starts. */
    final int blks;
    final int mounts;
    final int network;
    final int dns;
    final int programs;

    Steps(Step[] steps, byte[] stages, int size, int blks, int mounts, int network, int dns, int programs) {
        this.steps = steps;
        this.stages = stages;
        this.size = size;
        this.stagesInOrder = inOrder(stages, size);
        this.blks = blks;
        this.mounts = mounts;
        this.network = network;
        this.dns = dns;
        this.programs = programs;
    }

    /**
     * {@code list} as steps without sections (every one counted before the first blk, mount,
     * network step and so on): for a graph whose edges the rules do not derive.
     */
    static Steps of(List<Step> list) {
        Step[] steps = list.toArray(new Step[0]);
        byte[] stages = new byte[steps.length];
        for (int i = 0; i < steps.length; i++) {
            stages[i] = (byte) steps[i].stage().ordinal();
        }
        int end = steps.length;
        return new Steps(steps, stages, end, end, end, end, end, end);
    }

    int size() {
        return size;
    }

    Step get(int i) {
        return steps[i];
    }

    /** The ordinal of step {@code i}'s {@link Stage}. */
    byte stage(int i) {
        return stages[i];
    }

    /** Whether no step's stage comes after a later step's. */
    boolean stagesInOrder() {
        return stagesInOrder;
    }

    private static boolean inOrder(byte[] stages, int size) {
        for (int i = 1; i < size; i++) {
            if (stages[i] < stages[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The steps as an unmodifiable list: a view, not a copy. */
    List<Step> list() {
        return new View();
    }

    private final class View extends AbstractList<Step> implements RandomAccess {
        @Override
        public Step get(int i) {
            if (i >= size) {
                throw new IndexOutOfBoundsException("step " + i + " of " + size);
            }
            return steps[i];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
