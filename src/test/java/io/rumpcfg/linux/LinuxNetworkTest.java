package io.rumpcfg.linux;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.BootSettings;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.platform.ProgramOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * DHCP and SLAAC on the Linux platform, against dnsmasq in a namespace the test made, the host
 * ends bridged there: the docs' xen-netback example (a created interface with a lease, an
 * etfs disk, kernfs) and an inet6 auto interface.
 */
@Timeout(120)
class LinuxNetworkTest {
    @TempDir
    Path dir;
    Path root;
    LinuxHost.Snapshot before;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @BeforeEach
    void machine() throws Exception {
        LinuxHost.requirePlatform();
        LinuxHost.requireTool("udhcpc", "udhcpc");
        root = Files.createDirectory(dir.resolve("root"));
        before = LinuxHost.snapshot();
    }

    private Path script(String name, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private LinuxPlatform.Builder platform(DhcpServer server) {
        return LinuxPlatform.builder(root).peerNamespace(server.pid()).peerBridge(DhcpServer.BRIDGE)
                .output((program, stream, text) -> lines.add(program + (stream == ProgramOutput.Stream.STDOUT ? "| " : "! ") + text));
    }

    @Test
    void xenNetbackGetsALeaseFromDnsmasqAndMountsItsEtfsDiskAndKernfs() throws Exception {
        Path content = Files.createDirectories(dir.resolve("srv.d"));
        Files.writeString(content.resolve("index.html"), "served\n");
        Path disk = LinuxHost.ext2Image(dir.resolve("srv.img"), content, 2048);
        Path app = script("app", "pwd\nip -4 -o addr show dev xenif0\nip -4 route\n"
                + "while IFS= read -r l; do echo \"file: $l\"; done < index.html\n"
                + "[ -d /kern/self ] && echo \"kern: proc\"\n");
        byte[] config = Files.readAllBytes(Path.of("docs/examples/xen-netback.json"));

        BootReport report;
        try (DhcpServer server = DhcpServer.start(dir)) {
            try (LinuxPlatform platform = platform(server).bin("sh", Path.of("/bin/sh"))
                    .bin("ip", LinuxHost.requireTool("ip", "iproute2")).bin("app", app)
                    .device("/dev/xbd0", disk).build()) {
                report = Rumpcfg.boot(config, platform,
                        BootSettings.DEFAULTS.withParse(ParseOptions.DEFAULTS.withBins(List.of("sh", "ip", "app"))));
                assertThat(platform.interfaces()).containsEntry("xenif0", "peer0");
            }
            assertThat(server.leases()).contains("10.99.0.");
        }

        assertThat(report.succeeded()).as(String.join("\n", report.stepLines()) + "\n" + lines).isTrue();
        assertThat(lines).contains("0| /srv", "0| file: served", "0| kern: proc")
                .anyMatch(l -> l.matches("0\\| \\d+: xenif0 +inet 10\\.99\\.0\\.(5\\d|60)/24 .*"))
                .anyMatch(l -> l.startsWith("0| default via 10.99.0.1 dev xenif0"));
        assertThat(LinuxHost.snapshot()).isEqualTo(before);
        assertThat(LinuxHost.processesRootedAt(root)).isEmpty();
    }

    @Test
    void inet6AutoFormsAnAddressFromTheRoutersAdvertisement() throws Exception {
        String config = "{\"net\": {\"interfaces\": {\"vioif0\": {\"addrs\": [{\"type\": \"inet6\", \"method\": \"auto\"}]}}},"
                + " \"rc\": [{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20;"
                + " do a=$(ip -6 -o addr show dev vioif0 scope global); [ -n \\\"$a\\\" ] && break; sleep 1; done; echo \\\"$a\\\"\"]}]}";

        BootReport report;
        try (DhcpServer server = DhcpServer.start(dir);
                LinuxPlatform platform = platform(server).bin("sh", Path.of("/bin/sh"))
                        .bin("ip", LinuxHost.requireTool("ip", "iproute2")).bin("sleep", Path.of("/bin/sleep")).build()) {
            report = Rumpcfg.boot(config.getBytes(StandardCharsets.UTF_8), platform);
        }

        assertThat(report.succeeded()).as(String.join("\n", report.stepLines())).isTrue();
        assertThat(lines).anyMatch(l -> l.matches("0\\| \\d+: vioif0 +inet6 2001:db8:99:0:[0-9a-f:]+/64 scope global.*"));
        assertThat(LinuxHost.snapshot()).isEqualTo(before);
    }
}
