package io.rumpcfg.plan;

import static io.rumpcfg.testing.RumpcfgAssertions.assertThatConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.testing.PlanAssert;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The planner's rules of docs/config.md (What waits for what), from JSON documents, through the harness. */
class PlanRulesTest {
    @Test
    void aMountWaitsForItsNearestAncestorWrittenAfterIt() {
        assertThatConfig("""
                { "mount": { "/a/b": { "source": "tmpfs" }, "/a": { "source": "tmpfs" } } }
                """).plan()
                .hasStepIds("mount:/a", "mount:/a/b")
                .hasStepWaitingFor("mount:/a/b", "mount:/a");
    }

    @Test
    void aVndWaitsForTheMountHoldingItsFileAndTheVndMountForTheVnd() {
        assertThatConfig("""
                {
                  "blk": { "vnd0": { "type": "vnd", "path": "/rootfs/images/data.iso" } },
                  "mount": {
                    "/data":   { "source": "blk", "path": "/dev/vnd0a" },
                    "/rootfs": { "source": "blk", "path": "/dev/ld0a" }
                  }
                }
                """).plan()
                .hasStepIds("mount:/rootfs", "blk:vnd0", "mount:/data")
                .hasStepWaitingFor("blk:vnd0", "mount:/rootfs", "/rootfs/images/data.iso")
                .hasStepWaitingFor("mount:/data", "blk:vnd0");
    }

    @ParameterizedTest
    @CsvSource({"files.example.net, true", "192.0.2.7, false", "[2001:db8::7], false"})
    void anNfsMountWaitsForDnsOnlyWhenItsServerIsAHostName(String server, boolean waitsForDns) {
        PlanAssert plan = assertThatConfig("""
                {
                  "net": {
                    "interfaces": { "vioif0": { "addrs": [ { "type": "inet", "method": "dhcp" } ] } },
                    "gateways": [ { "type": "inet", "addr": "192.0.2.1" } ],
                    "dns": { "nameservers": [ "192.0.2.53" ] }
                  },
                  "mount": { "/home": { "source": "nfs", "path": "%s:/export" } }
                }
                """.formatted(server)).plan()
                .hasStepWaitingFor("mount:/home", "net.if:vioif0")
                .hasStepWaitingFor("mount:/home", "net.gw:inet")
                .hasStepBefore("net.dns", "mount:/home");
        if (waitsForDns) {
            plan.hasStepWaitingFor("mount:/home", "net.dns");
        } else {
            assertThat(plan.plan().after().getOrDefault("mount:/home", List.of()))
                    .extracting(Dependency::stepId).doesNotContain("net.dns");
        }
    }

    @Test
    void resolvConfIsWrittenAfterTheMountOfEtc() {
        assertThatConfig("""
                { "net": { "dns": { "nameservers": [ "192.0.2.53" ] } }, "mount": { "/etc": { "source": "tmpfs" } } }
                """).plan()
                .hasStepIds("mount:/etc", "net.dns")
                .hasStepWaitingFor("net.dns", "mount:/etc");
    }

    @Test
    void programsStartAfterConfigurationAndAfterTheMountOfTheirWorkdir() {
        assertThatConfig("""
                { "rc": [ { "bin": "a" }, { "bin": "b", "workdir": "/srv" } ], "mount": { "/srv": { "source": "tmpfs" } } }
                """).withBins("a", "b").plan()
                .hasStepIds("mount:/srv", "rc:0", "rc:1")
                .hasStepWaitingFor("rc:1", "mount:/srv")
                .hasStepWaitingFor("rc:1", "rc:0");
    }

    @Test
    void stagesOrderStepsNothingElseOrders() {
        assertThatConfig("""
                {
                  "rc": [ { "bin": "app" } ],
                  "net": { "dns": { "nameservers": [ "192.0.2.53" ] },
                           "interfaces": { "vioif0": { "addrs": [ { "type": "inet6", "method": "auto" } ] } } },
                  "mount": { "/tmp": { "source": "tmpfs" } },
                  "blk": { "xbd0": { "type": "etfs", "path": "blkfront:xvda" } },
                  "hostname": "box",
                  "env": { "TZ": "UTC" },
                  "netbsd": { "sysctl": { "kern.maxfiles": 4096 } }
                }
                """).withBins("app").plan()
                .hasStepIds("sysctl:kern.maxfiles", "env:TZ", "hostname", "blk:xbd0", "mount:/tmp", "net.if:vioif0",
                        "net.dns", "rc:0");
    }

    @Test
    void aVndOnItsOwnMountIsACycleReportedAtTheVnd() {
        assertThatConfig("""
                {
                  "blk": { "vnd0": { "type": "vnd", "path": "/data/disk.img" } },
                  "mount": { "/data": { "source": "blk", "path": "/dev/vnd0a" } }
                }
                """).isRejectedAt("blk.vnd0", 2).withCode("cycle")
                .withMessageContaining("mount:/data");
    }
}
