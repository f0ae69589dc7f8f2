package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reader's and the planner's diagnostics come together in document order, not in the order their rules ran. */
class CheckedOrderTest {
    /** A planner's warning on line 3, a reader's on line 5, and reader's errors found after the ones later in the line. */
    private static final String DOCUMENT = "{\n"
            + "  \"net\": {\"interfaces\": {\"vioif0\": {\"addrs\": [{\"type\": \"inet\", \"method\": \"static\", \"addr\": \"10.0.0.2/24\"}]}},\n"
            + "    \"gateways\": [{\"type\": \"inet\", \"addr\": \"192.168.1.1\"}]},\n"
            + "  \"rc\": [{\"argv\": [\"app\"], \"bin\": \"app\"}],\n"
            + "  \"hostnmae\": \"web1\"\n"
            + "}\n";

    @Test
    void plannerAndReaderDiagnosticsAreInDocumentOrder() {
        Checked checked = Rumpcfg.check(DOCUMENT.getBytes(StandardCharsets.UTF_8));

        assertThat(checked.diagnostics()).extracting(d -> d.position().toString(), Diagnostic::code)
                .containsExactly(
                        tuple("3:18", Code.GATEWAY_UNREACHABLE),
                        tuple("5:3", Code.UNKNOWN_KEY));
    }

    @Test
    void aReadersErrorsAreInDocumentOrder() {
        Checked checked = Rumpcfg.check("{\"rc\": [{\"argv\": 5}], \"hostname\": \"a_b\", \"env\": {\"A\": 1}}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(checked.diagnostics()).extracting(d -> d.position().toString())
                .containsExactly("1:9", "1:18", "1:35", "1:55");
    }
}
