package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Config;
import org.junit.jupiter.api.Test;

/**
 * Guards against quadratic planning by counting the planner's elementary operations, not
 * by timing: a hundred times more mounts may cost a few hundred times more work (n log n),
 * never ten thousand times (n²).
 */
class PlanningGrowthTest {

    @Test
    void aHundredTimesMoreMountsCostsFarLessThanTenThousandTimesTheWork() {
        long small = workFor(100);
        long large = workFor(10_000);

        assertThat(large).isGreaterThan(100 * small / 2);
        assertThat(large).isLessThan(400 * small);
    }

    @Test
    void theCountSeesQuadraticWorkWhenThereIsSome() {
        // Each NFS mount waits for every interface: m mounts and m interfaces are m² edges.
        long small = nfsWorkFor(10);
        long large = nfsWorkFor(100);

        assertThat(large).isGreaterThan(50 * small);
    }

    /** n mounts, half at top level with a vnd backing file, half beneath them, listed deepest first. */
    private static long workFor(int n) {
        ConfigBuilder config = ConfigBuilder.config();
        for (int i = n / 2 - 1; i >= 0; i--) {
            config.tmpfs("/d" + i + "/cache");
            config.blkMount("/d" + i, "/dev/ld" + i + "a");
        }
        config.tmpfs("/");
        config.rc("app");
        return work(config.build());
    }

    private static long nfsWorkFor(int n) {
        ConfigBuilder config = ConfigBuilder.config();
        for (int i = 0; i < n; i++) {
            config.nfs("/n" + i, "192.0.2.7:/x");
            config.iface("vioif" + i, "dhcp");
        }
        return work(config.build());
    }

    private static long work(Config config) {
        WorkCount work = new WorkCount();
        PlanResult result = Planner.plan(config, PlanOptions.DEFAULTS, work);
        assertThat(result.diagnostics()).isEmpty();
        return work.units();
    }
}
