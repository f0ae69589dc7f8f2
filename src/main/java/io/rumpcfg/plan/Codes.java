package io.rumpcfg.plan;

/** The planner's stable diagnostic codes, and how its messages point at a step. */
final class Codes {
    /** Steps that wait for each other in a circle. */
    static final String CYCLE = "plan.cycle";
    /** Two elements that would make the same step. */
    static final String DUPLICATE_STEP = "plan.duplicate-step";
    /** A mount of {@code /dev/vnd<N>...} with no {@code blk.vnd<N>}. */
    static final String VND_NOT_CONFIGURED = "plan.vnd-not-configured";
    /** A static inet gateway no interface can reach. */
    static final String GATEWAY_UNREACHABLE = "plan.gateway-unreachable";
    /** One address on two interfaces. */
    static final String DUPLICATE_ADDRESS = "plan.duplicate-address";

    private Codes() {}

    /** {@code net.interfaces.vioif0 (line 4)}: where a step's element was written. */
    static String where(Step step) {
        return where(step.origin());
    }

    static String where(io.rumpcfg.model.Origin origin) {
        String path = origin.path().isRoot() ? "(built in)" : origin.path().toString();
        return origin.position().isKnown() ? path + " (line " + origin.line() + ")" : path;
    }
}
