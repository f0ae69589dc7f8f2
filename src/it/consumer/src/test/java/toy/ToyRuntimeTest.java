package toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToyRuntimeTest {
    private static final String CONFIG = """
            {
              "hostname": "toy1",
              "env": { "TZ": "UTC" },
              "net": { "dns": { "nameservers": [ "192.0.2.53" ] } },
              "mount": { "/data": { "source": "tmpfs" } },
              "rc": [ { "bin": "httpd", "argv": [ "httpd", "-p", "80" ], "workdir": "/data" } ]
            }
            """;

    @Test
    void bootsAConfigurationOnTheToyPlatform() {
        ToyPlatform platform = new ToyPlatform(FakePlatform.withEchoBins(List.of("httpd")));
        BootReport report = ToyRuntime.boot(CONFIG.getBytes(StandardCharsets.UTF_8), platform);
        assertTrue(report.succeeded(), String.join("\n", report.stepLines()));
        assertEquals("toy1", platform.sysctls().get("kern.hostname"));
        assertEquals("UTC", platform.environment().get("TZ"));
        assertEquals("nameserver 192.0.2.53\n", platform.machine().fileText("/etc/resolv.conf").orElseThrow());
        assertEquals(List.of("httpd", "-p", "80"), platform.machine().programs().get(0).argv());
        assertTrue(platform.console().contains("spawn httpd"), platform.console().toString());
    }

    @Test
    void aRejectedConfigurationHaltsTheGuestWithItsDiagnostics() {
        ToyPlatform platform = new ToyPlatform(FakePlatform.withEchoBins(List.of("httpd")));
        IllegalStateException halted = assertThrows(IllegalStateException.class,
                () -> ToyRuntime.boot("{ \"rc\": [ { \"bin\": \"htpd\" } ] }".getBytes(StandardCharsets.UTF_8), platform));
        assertTrue(halted.getMessage().contains("did you mean \"httpd\""), halted.getMessage());
        assertEquals(List.of(), platform.console());
    }
}
