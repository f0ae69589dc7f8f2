package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.ExecOptions;
import io.rumpcfg.exec.ProgramRun;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.testing.FakePlatform;
import io.rumpcfg.testing.MountEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Rumpcfg#boot} from document bytes to platform effects. These tests need the real
 * parser and planner; in this branch both are stubs that throw, so the class is disabled.
 * Remove the annotation once {@code io.rumpcfg.parse} and {@code io.rumpcfg.plan.Planner} land.
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

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static BootReport boot(byte[] document, FakePlatform fake) {
        BootSettings options = BootSettings.DEFAULTS.withExec(ExecOptions.DEFAULTS.withListener(fake.stepTracker()));
        return Rumpcfg.boot(document, fake, options);
    }

    @Test
    void invalidDocumentAppliesNothing() {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("app"));

        BootReport report = boot(utf8("{\"netbsd\": {\"sysctl\": {\"kern.maxfiles\": 4096}}, \"rc\": [{\"bin\": \"nosuch\"}]}"), fake);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(report.diagnostics()).anyMatch(Diagnostic::isError);
        assertThat(fake.calls()).containsExactly("bakedBinaries");
        assertThat(fake.sysctls()).isEmpty();
    }

    @Test
    void documentWithoutRcRunsEveryBakedBinaryInBakeOrder() {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("first", "second"));

        BootReport report = boot(utf8("{}"), fake);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.SUCCEEDED);
        assertThat(report.programs()).extracting(ProgramRun::bin).containsExactly("first", "second");
    }

    @Test
    void xenNetbackExampleAppliesEverything() {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("app"));

        BootReport report = boot(utf8(XEN_NETBACK), fake);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.SUCCEEDED);
        assertThat(fake.mounts()).contains(new MountEntry("ffs", "/dev/xbd0", "/srv", Map.of()),
                new MountEntry("kernfs", "kernfs", "/kern", Map.of()));
        assertThat(fake.interfaces()).singleElement().satisfies(i -> {
            assertThat(i.created()).isTrue();
            assertThat(i.addresses()).containsExactly("inet dhcp");
        });
        assertThat(fake.programs()).singleElement().satisfies(p -> assertThat(p.workdir()).isEqualTo("/srv"));
    }

    @Test
    void nfsAndPipelineExampleRunsThePipelineInItsWorkdir() {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("producer", "filter", "consumer"));

        BootReport report = boot(utf8(NFS_AND_PIPELINE), fake);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.SUCCEEDED);
        assertThat(fake.fileText("/etc/resolv.conf")).contains("nameserver 192.0.2.53\nnameserver 2001:db8::53\n");
        assertThat(fake.programs().get(2).output()).isEqualTo("consumer\nfilter\nproducer /home/in\n");
        assertThat(fake.sysctls()).containsEntry("kern.maxfiles", "4096");
    }

    @Test
    void injectedFaultReportsTheStepAndLeavesLaterOnesNotRun() {
        FakePlatform fake = FakePlatform.builder().echoBin("app").failStep("mount:/kern", Errno.EIO).build();

        BootReport report = boot(utf8(XEN_NETBACK), fake);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.FAILED);
        assertThat(report.failed().orElseThrow().id()).isEqualTo("mount:/kern");
        assertThat(report.failed().get().line()).isPositive();
        assertThat(report.notRun()).extracting(Step::id).contains("rc:0");
        assertThat(fake.programs()).isEmpty();
    }
}
