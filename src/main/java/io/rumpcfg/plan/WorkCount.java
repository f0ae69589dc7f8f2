package io.rumpcfg.plan;

/**
 * Counts the planner's elementary operations (comparisons, edge visits, map look-ups) so a
 * test can tell linearithmic from quadratic growth without a clock.
 */
final class WorkCount {
    private long units;

    void add(long n) {
        units += n;
    }

    void one() {
        units++;
    }

    long units() {
        return units;
    }
}
