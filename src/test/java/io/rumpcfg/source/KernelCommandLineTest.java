package io.rumpcfg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelCommandLineTest {
    /** {@code options} is "k=v k=v" with ';' between pairs for readability; json "-" is none. */
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "''                                       | ''                  | -",
        "app.bin                                  | ''                  | -",
        "console=com1 verbose=1                   | console=com1;verbose=1 | -",
        "app.bin console=com1 {\"a\":\"x=y\"}     | console=com1        | {\"a\":\"x=y\"}",
        "{\"a\":1}                                | ''                  | {\"a\":1}",
        "  a=1\tb=  c=3=4                         | a=1;b=;c=3=4        | -",
        "a=1 a=2                                  | a=2                 | -",
        "=x y=1                                   | y=1                 | -",
    })
    void splitsOptionsAndJson(String text, String options, String json) {
        Map<String, String> expected = new LinkedHashMap<>();
        if (!options.isEmpty()) {
            for (String pair : options.split(";")) {
                int eq = pair.indexOf('=');
                expected.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        KernelCommandLine c = KernelCommandLine.parse(text);
        assertThat(c.options().asMap()).containsExactlyEntriesOf(expected);
        if (json.equals("-")) {
            assertThat(c.json()).isEmpty();
        } else {
            assertThat(c.json()).contains(json);
        }
    }
}
