package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** validate, plan and run take an older-format document, each with one deprecation warning pointing to convert. */
class OlderFormatCliTest {
    private static final String OLDER = "src/test/resources/parse/examples/older-launcher.json";

    @ParameterizedTest
    @ValueSource(strings = {"validate", "plan", "run", "convert"})
    void olderDocumentIsAcceptedWithOneDeprecationWarning(String command) {
        Cli.Run run = Cli.run(command, "--bins", "httpd", OLDER);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("older rumprun format")))
                .containsExactly(OLDER + ":2:2: warning: this document is in the older rumprun format (blk is of it),"
                        + " which is deprecated; \"rumpcfg convert\" rewrites it in the current format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "plan", "run", "convert"})
    void strictLeavesTheOlderFormatAWarning(String command) {
        Cli.Run run = Cli.run(command, "--strict", "--bins", "httpd", OLDER);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains(":2:2: warning: this document is in the older rumprun format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "plan", "run", "convert"})
    void denyWarningsMakesTheOlderFormatAnError(String command) {
        Cli.Run run = Cli.run(command, "--deny-warnings", "--bins", "httpd", OLDER);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(":2:2: error: this document is in the older rumprun format");
    }
}
