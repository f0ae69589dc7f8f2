package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static io.rumpcfg.plan.Plans.ids;
import static io.rumpcfg.plan.Plans.planOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlannerTest {

    @Test
    void everyElementYieldsItsStep() {
        Plan plan = planOf(config()
                .sysctl("kern.maxfiles", 4096)
                .env("HOME", "/")
                .hostname("web")
                .etfs("xbd0", "blkfront:xvda")
                .vnd("vnd0", "/img.iso")
                .blkMount("/", "/dev/xbd0")
                .kernfs("/kern")
                .iface("vioif0", "dhcp", "auto")
                .gateway("2001:db8::1")
                .dns("192.0.2.53")
                .rc("a")
                .rc("b")
                .build());

        assertThat(ids(plan)).containsExactly("sysctl:kern.maxfiles", "env:HOME", "hostname", "blk:xbd0", "mount:/",
                "blk:vnd0", "mount:/kern", "net.if:vioif0", "net.gw:inet6", "net.dns", "rc:0", "rc:1");
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void withoutRcEachBakedBinaryIsAProgramInBakeOrder() {
        Plan plan = planOf(Config.empty(), PlanOptions.DEFAULTS.withBins(List.of("httpd", "cron")));

        assertThat(plan.steps()).containsExactly(
                new Step.StartProgram(0, RcEntry.baked("httpd")), new Step.StartProgram(1, RcEntry.baked("cron")));
        assertThat(plan.after().get("rc:1")).containsExactly(new Dependency("rc:0", "rc:0 runs to its end first"));
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void bakedBinariesStartAfterConfigurationLikeRcEntries() {
        Plan plan = planOf(config().sysctl("kern.maxfiles", 9).tmpfs("/").build(),
                PlanOptions.DEFAULTS.withBins(List.of("httpd")));

        assertThat(ids(plan)).containsExactly("sysctl:kern.maxfiles", "mount:/", "rc:0");
        assertThat(Plans.after(plan, "rc:0")).containsExactly(
                "sysctl:kern.maxfiles: programs start after configuration",
                "mount:/: its workdir / lies on /");
    }

    @Test
    void withoutRcAndWithoutBinsNoProgramIsPlannedAndThePlanSaysSo() {
        Plan plan = planOf(config().tmpfs("/tmp").build());

        assertThat(ids(plan)).containsExactly("mount:/tmp");
        assertThat(plan.notes()).containsExactly(
                "no rc: every baked binary runs in bake order; pass --bins to list them");
    }

    @Test
    void anEmptyRcPlansNoProgramsEvenWithBins() {
        Plan plan = planOf(config().noPrograms().build(), PlanOptions.DEFAULTS.withBins(List.of("httpd")));

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void aVndBackedByAFileInsideItsOwnMountIsACycleNamingEveryStepWithPathAndLine() {
        PlanResult result = Planner.plan(config()
                .line(3).tmpfs("/")
                .line(4).vnd("vnd0", "/data/disc.iso")
                .line(7).blkMount("/data", "/dev/vnd0a")
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.ERROR, Code.CYCLE,
                "steps wait for each other in a cycle: "
                        + "blk:vnd0 at blk.vnd0 (line 4) waits for mount:/data "
                        + "(the backing file /data/disc.iso lies on /data); "
                        + "mount:/data at mount[\"/data\"] (line 7) waits for blk:vnd0 "
                        + "(/dev/vnd0a is a partition of blk.vnd0)",
                ElementPath.parse("blk.vnd0"), io.rumpcfg.model.Position.of(4, 5)));
    }

    @Test
    void aLongerCycleThroughTwoImagesNamesAllFourSteps() {
        PlanResult result = Planner.plan(config()
                .line(3).vnd("vnd0", "/data/a.iso")
                .line(4).vnd("vnd1", "/img/b.iso")
                .line(7).blkMount("/data", "/dev/vnd1a")
                .line(8).blkMount("/img", "/dev/vnd0a")
                .line(9).tmpfs("/ok")
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Code.CYCLE, "steps wait for each other in a cycle: "
                        + "blk:vnd0 at blk.vnd0 (line 3) waits for mount:/data "
                        + "(the backing file /data/a.iso lies on /data); "
                        + "mount:/data at mount[\"/data\"] (line 7) waits for blk:vnd1 "
                        + "(/dev/vnd1a is a partition of blk.vnd1); "
                        + "blk:vnd1 at blk.vnd1 (line 4) waits for mount:/img "
                        + "(the backing file /img/b.iso lies on /img); "
                        + "mount:/img at mount[\"/img\"] (line 8) waits for blk:vnd0 "
                        + "(/dev/vnd0a is a partition of blk.vnd0)"));
    }

    @Test
    void resolvConfOnAnNfsMountFromAHostNameIsACycle() {
        PlanResult result = Planner.plan(config()
                .line(2).iface("vioif0", "dhcp")
                .line(9).dns("192.0.2.53")
                .line(12).nfs("/etc", "files.example.net:/export/etc")
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Code.CYCLE, "steps wait for each other in a cycle: "
                        + "mount:/etc at mount[\"/etc\"] (line 12) waits for net.dns "
                        + "(files.example.net is a host name: needs DNS); "
                        + "net.dns at net.dns (line 9) waits for mount:/etc (/etc/resolv.conf lies on /etc)"));
    }

    @Test
    void aSecondElementWithTheIdOfAnEarlierOneIsAnErrorNotAnException() {
        Config twice = config().line(3).etfs("xbd0", "blkfront:xvda").line(5).etfs("xbd0", "blkfront:xvdb").build();

        PlanResult result = Planner.plan(twice, PlanOptions.DEFAULTS);

        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).containsExactly(Diagnostic.error(Code.DUPLICATE,
                new Origin(ElementPath.parse("blk.xbd0"), io.rumpcfg.model.Position.of(5, 5)),
                "blk \"xbd0\" already declared at 3:5"));
    }

    @Test
    void aSecondMountAtOneMountpointIsMountedOverTheFirstAndWaitsForIt() {
        Config twice = config().line(3).tmpfs("/data").line(5).blkMount("/data", "/dev/ld0a").build();

        PlanResult result = Planner.plan(twice, PlanOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
        Plan plan = result.plan().orElseThrow();
        assertThat(ids(plan)).containsExactly("mount:/data", "mount:/data#2");
        assertThat(Plans.after(plan, "mount:/data#2"))
                .containsExactly("mount:/data: /data is mounted over the earlier mount there");
    }

    static Stream<Arguments> twoElementsWithOneId() {
        return Stream.of(
                Arguments.of(config().sysctl("kern.maxfiles", 1).sysctl("kern.maxfiles", 2), "sysctl:kern.maxfiles"),
                Arguments.of(config().env("HOME", "/").env("HOME", "/root"), "env:HOME"),
                Arguments.of(config().etfs("xbd0", "blkfront:xvda").etfs("xbd0", "blkfront:xvdb"), "blk:xbd0"),
                Arguments.of(config().iface("vioif0", "dhcp").iface("vioif0", "auto"), "net.if:vioif0"),
                Arguments.of(config().gateway("fe80::1").gateway("fe80::2"), "net.gw:inet6"),
                Arguments.of(config().vnd("vnd0", "/a.img").vnd("vnd0", "/b.img"), "blk:vnd0"));
    }

    @ParameterizedTest
    @MethodSource("twoElementsWithOneId")
    void aSecondStepOfAnyKindWithTheIdOfAnEarlierOneIsReportedOnce(ConfigBuilder config, String id) {
        PlanResult result = Planner.plan(config.build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.DUPLICATE);
            String[] opAndName = id.split(":", 2);
            assertThat(d.message()).startsWith(opAndName[0] + " \"" + opAndName[1] + "\" already declared at ");
        });
    }

    @Test
    void stepsOfDifferentKindsNamingTheSameThingAreNoDuplicates() {
        PlanResult result = Planner.plan(config().sysctl("x", 1).env("x", "1").etfs("x", "blkfront:xvda").build(),
                PlanOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(ids(result.plan().orElseThrow())).containsExactly("sysctl:x", "env:x", "blk:x");
    }
}

