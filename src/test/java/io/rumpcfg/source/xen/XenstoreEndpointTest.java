package io.rumpcfg.source.xen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XenstoreEndpointTest {
    @ParameterizedTest(name = "explicit={0} env={1} existing={2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "/tmp/x.sock | /env.sock | /run/xenstored/socket | /tmp/x.sock            | false",
        "''          | /env.sock | /run/xenstored/socket | /env.sock               | false",
        "''          | ''        | /run/xenstored/socket | /run/xenstored/socket   | false",
        "''          | ''        | /var/run/xenstored/socket | /var/run/xenstored/socket | false",
        "''          | ''        | /dev/xen/xenbus       | /dev/xen/xenbus         | true",
        "''          | ''        | /proc/xen/xenbus      | /proc/xen/xenbus        | true",
        "''          | ''        | ''                    | /var/run/xenstored/socket | false",
        "/dev/xen/xenbus | ''    | ''                    | /dev/xen/xenbus         | true",
    })
    void resolvesInOrder(String explicit, String env, String existing, String expected, boolean device) {
        Map<String, String> vars = env.isEmpty() ? Map.of() : Map.of(XenstoreEndpoint.ENV_VAR, env);
        Set<Path> present = existing.isEmpty() ? Set.of() : Set.of(Path.of(existing));
        Optional<Path> given = explicit.isEmpty() ? Optional.empty() : Optional.of(Path.of(explicit));
        assertThat(XenstoreEndpoint.resolve(given, vars, present::contains))
                .isEqualTo(new XenstoreEndpoint(Path.of(expected), device));
    }
}
