package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A usage error is the problem in one line and where the help is, not the whole help. */
class UsageErrorTest {
    @Test
    void anUnknownOptionIsOneLineAndThePointerToTheHelp() {
        Cli.Run run = Cli.run("validate", "--bogus", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rumpcfg validate: Unknown option: '--bogus'\nsee 'rumpcfg validate --help'\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMisspeltCommandKeepsTheSuggestion() {
        Cli.Run run = Cli.run("valdate", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean: rumpcfg validate").endsWith("see 'rumpcfg --help'\n")
                .doesNotContain("Usage:");
    }
}
