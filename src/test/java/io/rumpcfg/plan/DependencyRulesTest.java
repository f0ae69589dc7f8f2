package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static io.rumpcfg.plan.Plans.after;
import static io.rumpcfg.plan.Plans.ids;
import static io.rumpcfg.plan.Plans.planOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.RunMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DependencyRulesTest {

    @Test
    void aMountWaitsForTheMountAtItsNearestAncestorWhateverTheDocumentOrder() {
        Plan plan = planOf(config()
                .tmpfs("/data/cache/x/y")
                .tmpfs("/data/cache")
                .blkMount("/data", "/dev/ld1a")
                .blkMount("/", "/dev/ld0a")
                .build());

        assertThat(ids(plan)).containsExactly("mount:/", "mount:/data", "mount:/data/cache", "mount:/data/cache/x/y");
        assertThat(after(plan, "mount:/data/cache/x/y")).containsExactly("mount:/data/cache: /data/cache/x/y is beneath /data/cache");
        assertThat(after(plan, "mount:/data/cache")).containsExactly("mount:/data: /data/cache is beneath /data");
        assertThat(after(plan, "mount:/data")).containsExactly("mount:/: /data is beneath /");
        assertThat(after(plan, "mount:/")).isEmpty();
    }

    @Test
    void siblingsWhoseNamesShareAPrefixDoNotNest() {
        Plan plan = planOf(config().tmpfs("/database").tmpfs("/data").build());

        assertThat(ids(plan)).containsExactly("mount:/database", "mount:/data");
        assertThat(plan.after()).isEmpty();
    }

    @Test
    void aVndWaitsForTheMountHoldingItsBackingFileThoughWrittenFirst() {
        Plan plan = planOf(config()
                .vnd("vnd0", "/rootfs/images/data.iso")
                .blkMount("/data", "/dev/vnd0a")
                .blkMount("/rootfs", "/dev/ld0a")
                .build());

        assertThat(ids(plan)).containsExactly("mount:/rootfs", "blk:vnd0", "mount:/data");
        assertThat(after(plan, "blk:vnd0")).containsExactly("mount:/rootfs: the backing file /rootfs/images/data.iso lies on /rootfs");
        assertThat(after(plan, "mount:/data")).containsExactly("blk:vnd0: /dev/vnd0a is a partition of blk.vnd0");
    }

    @Test
    void aRelativeBackingFileIsTakenAgainstTheBaseDirectory() {
        Plan plan = planOf(config()
                        .vnd("vnd1", "images/../images/./disc.iso")
                        .blkMount("/boot", "/dev/ld0a")
                        .build(),
                PlanOptions.DEFAULTS.withBaseDir("/boot"));

        assertThat(ids(plan)).containsExactly("mount:/boot", "blk:vnd1");
        assertThat(after(plan, "blk:vnd1")).containsExactly("mount:/boot: the backing file /boot/images/disc.iso lies on /boot");
        assertThat(((Step.ConfigureBlk) plan.steps().get(1)).resolvedFile()).isEqualTo("/boot/images/disc.iso");
    }

    @ParameterizedTest(name = "{0} on blk {1}")
    @CsvSource({
        "/dev/vnd0a, vnd0, /dev/vnd0a is a partition of blk.vnd0",
        "/dev/vnd0,  vnd0, /dev/vnd0 is blk.vnd0",
        "/dev/xbd0,  xbd0, /dev/xbd0 is blk.xbd0",
        "/dev/xbd0d, xbd0, /dev/xbd0d is a partition of blk.xbd0",
    })
    void aDeviceMountWaitsForItsBlk(String device, String blk, String reason) {
        ConfigBuilder config = config().blkMount("/m", device);
        config = blk.startsWith("vnd") ? config.vnd(blk, "/img.iso") : config.etfs(blk, "blkfront:xvda");
        Plan plan = planOf(config.build());

        assertThat(after(plan, "mount:/m")).containsExactly("blk:" + blk + ": " + reason);
        assertThat(ids(plan)).containsExactly("blk:" + blk, "mount:/m");
    }

    @ParameterizedTest
    @CsvSource({"/dev/xbd0ab", "/dev/xbd01", "/dev/xbd", "/dev/ld0a", "/xbd0a"})
    void aDeviceThatIsNoBlkNorItsPartitionWaitsForNoBlk(String device) {
        Plan plan = planOf(config().blkMount("/m", device).etfs("xbd0", "blkfront:xvda").build());

        assertThat(after(plan, "mount:/m")).isEmpty();
    }

    @Test
    void anNfsMountWaitsForEveryInterfaceAndGatewayAndForDnsWhenTheServerIsAHostName() {
        Plan plan = planOf(config()
                .nfs("/home", "files.example.net:/export/home")
                .nfs("/srv", "192.0.2.7:/export/srv")
                .iface("vioif0", "10.0.0.2/24")
                .iface("vioif1", "auto")
                .gateway("10.0.0.1")
                .dns("192.0.2.53")
                .build());

        assertThat(ids(plan)).containsExactly("net.if:vioif0", "net.if:vioif1", "net.gw:inet", "net.dns",
                "mount:/home", "mount:/srv");
        assertThat(after(plan, "mount:/home")).containsExactly(
                "net.if:vioif0: NFS needs the network: net.if:vioif0",
                "net.if:vioif1: NFS needs the network: net.if:vioif1",
                "net.gw:inet: NFS needs the network: net.gw:inet",
                "net.dns: files.example.net is a host name: needs DNS");
        assertThat(after(plan, "mount:/srv")).containsExactly(
                "net.if:vioif0: NFS needs the network: net.if:vioif0",
                "net.if:vioif1: NFS needs the network: net.if:vioif1",
                "net.gw:inet: NFS needs the network: net.gw:inet");
    }

    @Test
    void dnsWaitsForTheMountHoldingResolvConfEvenWhenThatMountIsNfs() {
        Plan plan = planOf(config()
                .dns("192.0.2.53")
                .nfs("/etc", "192.0.2.7:/export/etc")
                .iface("vioif0", "dhcp")
                .build());

        assertThat(ids(plan)).containsExactly("net.if:vioif0", "mount:/etc", "net.dns");
        assertThat(after(plan, "net.dns")).containsExactly("mount:/etc: /etc/resolv.conf lies on /etc");
    }

    @Test
    void dnsWaitsForTheRootMountWhenNoMountIsCloser() {
        Plan plan = planOf(config().dns("192.0.2.53").tmpfs("/").tmpfs("/etcetera").build());

        assertThat(after(plan, "net.dns")).containsExactly("mount:/: /etc/resolv.conf lies on /");
    }

    @Test
    void programsStartAfterConfigurationInOrderEachAfterTheMountOfItsWorkdir() {
        Plan plan = planOf(config()
                .rc("producer", RunMode.PIPE, Optional.empty(), "producer")
                .rc("filter", RunMode.BACKGROUND, Optional.of("/data/x"))
                .rc("consumer", RunMode.WAIT, Optional.of("/data"))
                .rc("last", RunMode.WAIT, Optional.empty())
                .sysctl("kern.maxfiles", 4096)
                .tmpfs("/data")
                .blkMount("/", "/dev/ld0a")
                .build());

        assertThat(ids(plan)).containsExactly("sysctl:kern.maxfiles", "mount:/", "mount:/data",
                "rc:0", "rc:1", "rc:2", "rc:3");
        assertThat(after(plan, "rc:0")).containsExactly(
                "sysctl:kern.maxfiles: programs start after configuration",
                "mount:/: its workdir / lies on /",
                "mount:/data: programs start after configuration");
        assertThat(after(plan, "rc:1")).containsExactly(
                "mount:/data: its workdir /data/x lies on /data",
                "rc:0: rc:0 pipes its output into it");
        assertThat(after(plan, "rc:2")).containsExactly(
                "mount:/data: its workdir /data lies on /data",
                "rc:1: rc:1 starts first, in the background");
        assertThat(after(plan, "rc:3")).containsExactly(
                "mount:/: its workdir / lies on /",
                "rc:2: rc:2 runs to its end first");
    }

    @Test
    void theFirstProgramWaitsForTheMountOfItsWorkdirOnceForItsWorkdir() {
        Plan plan = planOf(config().tmpfs("/data").rc("app", RunMode.WAIT, Optional.of("/data")).build());

        assertThat(after(plan, "rc:0")).containsExactly("mount:/data: its workdir /data lies on /data");
    }

    @Test
    void theFirstProgramWaitsOnlyForConfigurationStepsNoOtherStepWaitsFor() {
        Plan plan = planOf(config().tmpfs("/a/b").tmpfs("/a").rc("app").build());

        assertThat(after(plan, "rc:0")).containsExactly("mount:/a/b: programs start after configuration");
    }

    @Test
    void stagesBreakTiesThenDocumentOrder() {
        Plan plan = planOf(config()
                .rc("app")
                .dns("192.0.2.53")
                .gateway("10.0.0.1")
                .iface("vioif1", "10.0.0.2/24")
                .iface("vioif0", "dhcp")
                .nfs("/n", "192.0.2.7:/x")
                .tmpfs("/t")
                .vnd("vnd0", "/img.iso")
                .hostname("web")
                .env("B", "2")
                .env("A", "1")
                .sysctl("kern.b", 2)
                .sysctl("kern.a", 1)
                .build());

        assertThat(ids(plan)).containsExactly("sysctl:kern.b", "sysctl:kern.a", "env:B", "env:A", "hostname",
                "blk:vnd0", "mount:/t", "net.if:vioif1", "net.if:vioif0", "net.gw:inet", "net.dns", "mount:/n", "rc:0");
    }

    @Test
    void theAfterMapIsImmutable() {
        Plan plan = planOf(config().tmpfs("/a/b").tmpfs("/a").build());

        List<Dependency> deps = plan.after().get("mount:/a/b");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deps.add(new Dependency("x", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.after().put("x", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
