package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sections the rules read steps through hold exactly the steps of their kind. */
class StepCollectorTest {

    @Test
    void eachSectionHoldsItsKindAndALeftOutDuplicateShiftsTheLaterOnes() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Steps steps = StepCollector.collect(config().sysctl("kern.maxfiles", 1).env("HOME", "/").hostname("box")
                .etfs("xbd0", "blkfront:xvda").vnd("vnd0", "/img").etfs("xbd0", "blkfront:xvdb")
                .tmpfs("/data").nfs("/srv", "192.0.2.7:/x").iface("vioif0", "dhcp").gateway("2001:db8::1")
                .dns("192.0.2.53").rc("a").rc("b").build(), PlanOptions.DEFAULTS, diagnostics);

        assertThat(diagnostics).extracting(Diagnostic::code).containsExactly(Code.DUPLICATE);
        assertThat(section(steps, 0, steps.blks)).containsExactly("sysctl:kern.maxfiles", "env:HOME", "hostname");
        assertThat(section(steps, steps.blks, steps.mounts)).containsExactly("blk:xbd0", "blk:vnd0");
        assertThat(section(steps, steps.mounts, steps.network)).containsExactly("mount:/data", "mount:/srv");
        assertThat(section(steps, steps.network, steps.dns)).containsExactly("net.if:vioif0", "net.gw:inet6");
        assertThat(section(steps, steps.dns, steps.programs)).containsExactly("net.dns");
        assertThat(section(steps, steps.programs, steps.size())).containsExactly("rc:0", "rc:1");
        assertThat(steps.list()).hasSize(steps.size());
        assertThat(steps.stagesInOrder()).as("the NFS mount is staged after the network it is listed before").isFalse();
    }

    @Test
    void kindsAConfigurationLacksAreEmptySections() {
        Steps steps = StepCollector.collect(config().tmpfs("/data").noPrograms().build(), PlanOptions.DEFAULTS,
                new ArrayList<>());

        assertThat(section(steps, 0, steps.mounts)).isEmpty();
        assertThat(section(steps, steps.mounts, steps.network)).containsExactly("mount:/data");
        assertThat(section(steps, steps.network, steps.size())).isEmpty();
        assertThat(steps.stagesInOrder()).isTrue();
    }

    /** Every kind's id is its op, then a colon and its argument when it has one; the argument is what duplicates are told by. */
    @Test
    void everyIdIsItsOpAndItsArgument() {
        Steps steps = StepCollector.collect(config().sysctl("kern.maxfiles", 1).env("HOME", "/").hostname("box")
                .etfs("xbd0", "blkfront:xvda").tmpfs("/data:x").iface("vioif0", "dhcp").gateway("192.0.2.1")
                .dns("192.0.2.53").rc("a").build(), PlanOptions.DEFAULTS, new ArrayList<>());

        List<String> split = new ArrayList<>();
        for (Step step : steps.list()) {
            split.add(step.op() + " | " + step.argument());
        }
        assertThat(split).containsExactly("sysctl | kern.maxfiles", "env | HOME", "hostname | ", "blk | xbd0",
                "mount | /data:x", "net.if | vioif0", "net.gw | inet", "net.dns | ", "rc | 0");
        assertThat(section(steps, 0, steps.size())).containsExactly("sysctl:kern.maxfiles", "env:HOME", "hostname",
                "blk:xbd0", "mount:/data:x", "net.if:vioif0", "net.gw:inet", "net.dns", "rc:0");
    }

    /** Two names with one hash code are two steps; only the repeat of a whole name is a duplicate. */
    @Test
    void aDuplicateIsToldByItsWholeArgument() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Steps steps = StepCollector.collect(config().env("Aa", "1").env("BB", "2").env("Aa", "3").noPrograms().build(),
                PlanOptions.DEFAULTS, diagnostics);

        assertThat("Aa".hashCode()).as("the two names share a hash code").isEqualTo("BB".hashCode());
        assertThat(section(steps, 0, steps.size())).containsExactly("env:Aa", "env:BB");
        assertThat(diagnostics).extracting(Diagnostic::message).singleElement().asString().startsWith("env \"Aa\" already declared at ");
    }

    private static List<String> section(Steps steps, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(steps.get(i).id());
        }
        return ids;
    }
}
