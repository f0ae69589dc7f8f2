package io.rumpcfg;

import static io.rumpcfg.testing.RumpcfgAssertions.assertThatConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.testing.BootAssert;
import org.junit.jupiter.api.Test;

/**
 * {@link Rumpcfg#boot} from document bytes to platform effects on the fake platform, through
 * the harness of {@code io.rumpcfg.testing}.
 */
class RumpcfgBootEndToEndTest {
    /** The shared example xen-netback.json. */
    private static final String XEN_NETBACK = """
            {
              "net": {
                "interfaces": {
                  "xenif0": {
                    "create": true,
                    "addrs": [ { "type": "inet", "method": "dhcp" } ]
                  }
                }
              },
              "blk": {
                "xbd0": { "type": "etfs", "path": "blkfront:xvda" }
              },
              "mount": {
                "/srv":  { "source": "blk", "path": "/dev/xbd0" },
                "/kern": { "source": "kernfs" }
              },
              "rc": [ { "bin": "app", "workdir": "/srv" } ]
            }
            """;

    /** The shared example nfs-and-pipeline.json. */
    private static final String NFS_AND_PIPELINE = """
            {
              "net": {
                "interfaces": {
                  "vioif0": { "addrs": [ { "type": "inet", "method": "dhcp" },
                                         { "type": "inet6", "method": "auto" } ] }
                },
                "dns": { "nameservers": [ "192.0.2.53", "2001:db8::53" ] }
              },
              "mount": {
                "/home": { "source": "nfs", "path": "files.example.net:/export/home",
                           "options": { "vers": 3, "proto": "tcp" } }
              },
              "rc": [
                { "bin": "producer", "argv": [ "producer", "/home/in" ], "runmode": "|" },
                { "bin": "filter", "runmode": "|" },
                { "bin": "consumer", "workdir": "/home" }
              ],
              "netbsd": { "sysctl": { "kern.maxfiles": 4096 } }
            }
            """;

    @Test
    void invalidDocumentAppliesNothing() {
        BootAssert boot = assertThatConfig("{\"netbsd\": {\"sysctl\": {\"kern.maxfiles\": 4096}}, \"rc\": [{\"bin\": \"nosuch\"}]}")
                .onPlatform(p -> p.echoBin("app")).boot().wasRejected();

        assertThat(boot.report().diagnostics()).anyMatch(d -> d.isError() && d.path().toString().equals("rc[0].bin"));
        assertThat(boot.platform().sysctls()).isEmpty();
    }

    @Test
    void documentWithoutRcRunsEveryBakedBinaryInBakeOrder() {
        BootAssert boot = assertThatConfig("{}").onPlatform(p -> p.echoBin("first").echoBin("second")).boot()
                .succeeded().startedPrograms(2);

        boot.program(0).hasBin("first").hasArgv("first");
        boot.program(1).hasBin("second").hasArgv("second");
    }

    @Test
    void xenNetbackExampleAppliesEverything() {
        assertThatConfig(XEN_NETBACK).withBins("app").boot().succeeded()
                .hasMount("/srv", "ffs").hasMount("/kern", "kernfs")
                .hasInterface("xenif0", "inet dhcp")
                .startedPrograms(1).program(0).hasWorkdir("/srv");
        assertThat(assertThatConfig(XEN_NETBACK).withBins("app").boot().platform().interfaces())
                .singleElement().satisfies(i -> assertThat(i.created()).isTrue());
    }

    @Test
    void nfsAndPipelineExampleRunsThePipelineInItsWorkdir() {
        BootAssert boot = assertThatConfig(NFS_AND_PIPELINE).withBins("producer", "filter", "consumer").boot()
                .succeeded().hasSysctl("kern.maxfiles", "4096");

        boot.file("/etc/resolv.conf").contains("nameserver 192.0.2.53\nnameserver 2001:db8::53\n");
        boot.program(1).receivedStdoutOf(0);
        boot.program(2).receivedStdoutOf(1).hasWorkdir("/home").printed("consumer\nfilter\nproducer /home/in\n");
    }

    @Test
    void injectedFaultReportsTheStepAndLeavesLaterOnesNotRun() {
        BootAssert boot = assertThatConfig(XEN_NETBACK).withBins("app")
                .onPlatform(p -> p.failStep("mount:/kern", Errno.EIO)).boot()
                .failedAt("mount:/kern").startedPrograms(0);

        assertThat(boot.report().failed().get().line()).isPositive();
        assertThat(boot.report().notRun()).extracting(Step::id).contains("rc:0");
    }
}
