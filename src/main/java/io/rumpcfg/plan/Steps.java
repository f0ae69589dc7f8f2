package io.rumpcfg.plan;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A configuration's steps as collected: kinds in collection order (sysctls, env, hostname,
 * blks, mounts, interfaces and gateways, DNS, programs), each kind in document order, with
 * where each kind starts and whether their {@link Stage}s are in order.
 *
 * <p>The rules read steps by index in their inner loops. An array and the sections spare them
 * a {@code List}'s interface calls and an {@code instanceof} chain per step to find the few
 * that matter.
 */
final class Steps {
    private final Step[] steps;
    private final int size;
    private final boolean stagesInOrder;
    /** The first blk, mount, network (interface or gateway), DNS and program step; each kind ends where the next starts. */
    final int blks;
    final int mounts;
    final int network;
    final int dns;
    final int programs;

    Steps(Step[] steps, int size, boolean stagesInOrder, int blks, int mounts, int network, int dns, int programs) {
        this.steps = steps;
        this.size = size;
        this.stagesInOrder = stagesInOrder;
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
        boolean inOrder = true;
        for (int i = 1; i < steps.length; i++) {
            inOrder &= steps[i].stage().compareTo(steps[i - 1].stage()) >= 0;
        }
        int end = steps.length;
        return new Steps(steps, end, inOrder, end, end, end, end, end);
    }

    int size() {
        return size;
    }

    Step get(int i) {
        return steps[i];
    }

    /** Whether no step's stage comes after a later step's. */
    boolean stagesInOrder() {
        return stagesInOrder;
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
