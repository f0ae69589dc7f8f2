package io.rumpcfg.platform;

import static io.rumpcfg.testing.RumpcfgAssertions.assertThatConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.BootSettings;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.testing.FakePlatform;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardingPlatformTest {
    @Test
    void everyPlatformCallIsForwarded() throws NoSuchMethodException {
        for (Method m : Platform.class.getMethods()) {
            Method own = ForwardingPlatform.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
            assertThat(own.getDeclaringClass()).as(m.getName()).isEqualTo(ForwardingPlatform.class);
        }
    }

    @Test
    void aTestChangesOneCallAndKeepsTheRest() {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("app"));
        Platform noDhcp = new ForwardingPlatform(fake) {
            @Override
            public void dhcp4(String ifname) throws PlatformException {
                throw new PlatformException(Errno.ENETUNREACH, "no DHCP server in this test");
            }
        };
        String json = "{\"env\": {\"A\": \"1\"}, \"net\": {\"interfaces\": {\"vioif0\": {\"addrs\": [{\"type\": \"inet\","
                + " \"method\": \"dhcp\"}]}}}, \"rc\": [{\"bin\": \"app\"}]}";

        BootReport report = Rumpcfg.boot(json.getBytes(StandardCharsets.UTF_8), noDhcp, BootSettings.DEFAULTS);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.stepLines()).anyMatch(l -> l.startsWith("FAILED net.if:vioif0") && l.contains("ENETUNREACH"));
        assertThat(fake.dump(false)).contains("A=1");
        assertThatConfig(json).isValid();
    }
}
