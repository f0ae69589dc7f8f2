package io.rumpcfg.exec;

import static io.rumpcfg.testing.RumpcfgAssertions.assertThatConfig;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.testing.BakedBinary;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The executor's rules of docs/config.md, from JSON documents booted on the fake, through the harness. */
class BootRulesTest {
    @Test
    void dnsReplacesResolvConfWhole() {
        assertThatConfig("""
                { "net": { "dns": { "nameservers": [ "192.0.2.53", "2001:db8::53" ], "search": [ "example.net" ] } } }
                """).onPlatform(p -> p.file("/etc/resolv.conf", "nameserver 10.9.9.9\nsearch old.example\n".getBytes(StandardCharsets.UTF_8)))
                .boot().succeeded()
                .file("/etc/resolv.conf").hasContent("nameserver 192.0.2.53\nnameserver 2001:db8::53\nsearch example.net\n");
    }

    @Test
    void aPipeCarriesAnEntrysStdoutIntoTheNextEntry() {
        var boot = assertThatConfig("""
                { "rc": [ { "bin": "producer", "argv": [ "producer", "/in" ], "runmode": "|" }, { "bin": "consumer" } ] }
                """).withBins("producer", "consumer").boot().succeeded();
        boot.program(1).receivedStdoutOf(0).readFromStdin("producer /in\n").printed("consumer\nproducer /in\n");
        boot.program(0).hasArgv("producer", "/in").exitedWith(0);
    }

    @Test
    void aFailingForegroundProgramStopsTheSequence() {
        assertThatConfig("""
                { "rc": [ { "bin": "migrate" }, { "bin": "serve" } ] }
                """).withBins("migrate", "serve").onPlatform(p -> p.bin("migrate", BakedBinary.exiting(3)))
                .boot().failedAt("rc:0").startedPrograms(1)
                .program(0).exitedWith(3);
    }

    @Test
    void aBackgroundProgramsStatusDoesNotStopTheSequence() {
        assertThatConfig("""
                { "rc": [ { "bin": "logger", "runmode": "&" }, { "bin": "serve" } ] }
                """).withBins("logger", "serve").onPlatform(p -> p.bin("logger", BakedBinary.exiting(2)))
                .boot().succeeded().startedPrograms(2)
                .program(0).exitedWith(2);
    }

    @Test
    void aBlkMountFallsBackToReadOnlyCd9660() {
        assertThatConfig("""
                { "mount": { "/cdrom": { "source": "blk", "path": "/dev/cd0a" } } }
                """).onPlatform(p -> p.device("/dev/cd0a", "cd9660"))
                .boot().succeeded().hasMount("/cdrom", "cd9660");
    }

    @Test
    void programsGetEnvWorkdirAndArgv() {
        assertThatConfig("""
                { "env": { "TZ": "UTC" }, "mount": { "/srv": { "source": "tmpfs" } },
                  "rc": [ { "bin": "httpd", "argv": [ "httpd", "-f" ], "workdir": "/srv" } ] }
                """).withBins("httpd").boot().succeeded().hasEnv("TZ", "UTC")
                .program(0).hasBin("httpd").hasArgv("httpd", "-f").hasWorkdir("/srv").hasEnv("TZ", "UTC");
    }

    @Test
    void withoutRcEveryBakedBinaryRunsInBakeOrder() {
        assertThatConfig("{ \"hostname\": \"box\" }").withBins("first", "second").boot().succeeded()
                .hasSysctl("kern.hostname", "box").startedPrograms(2)
                .program(1).hasArgv("second");
    }

    @Test
    void aFailingStepStopsTheBootThere() {
        assertThatConfig("""
                { "net": { "interfaces": { "vioif0": { "addrs": [ { "type": "inet", "method": "static", "addr": "192.0.2.2/24" } ] } },
                           "gateways": [ { "type": "inet", "addr": "192.0.2.1" } ] } }
                """).onPlatform(p -> p.failStep("net.gw:inet", Errno.ENETUNREACH))
                .boot().failedAt("net.gw:inet").hasInterface("vioif0", "inet 192.0.2.2/24");
    }

    @Test
    void anInvalidConfigAppliesNothing() {
        assertThatConfig("""
                { "hostname": "web1", "net": { "dns": { "nameservers": [ "a", "b", "c", "d" ] } } }
                """).boot().wasRejected();
    }
}
