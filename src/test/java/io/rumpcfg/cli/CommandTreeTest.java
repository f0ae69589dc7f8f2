package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every command answers --help and --version the same way, before it looks at anything else. */
class CommandTreeTest {
    @Test
    void theRootHelpListsEverySubcommandWithItsSummary() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: rumpcfg [-hV] COMMAND\n").contains("Exit codes:");
        String unwrapped = run.out().replaceAll("\\s+", " ");
        for (Subcommand s : Subcommand.values()) {
            assertThat(unwrapped).contains(" " + s.token() + " " + s.usage().summary() + " ");
        }
    }

    @ParameterizedTest
    @EnumSource(Subcommand.class)
    void eachHelpShowsTheSynopsisAndEveryOption(Subcommand command) {
        Cli.Run run = Cli.run(command.token(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: rumpcfg " + command.token() + " [-hV]")
                .contains(command.usage().summary());
        for (Usage.Declared option : command.usage().declared()) {
            assertThat(run.out()).contains(option.form());
        }
        for (String line : run.out().split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(Usage.WIDTH);
            assertThat(line).as("no trailing blanks").doesNotEndWith(" ");
        }
    }

    @ParameterizedTest
    @EnumSource(Subcommand.class)
    void helpAndVersionComeBeforeAnythingTheCommandChecks(Subcommand command) {
        // No FILE, no --kernel: help is still help.
        assertThat(Cli.run(command.token(), "-h")).isEqualTo(Cli.run(command.token(), "--help"));
        Cli.Run version = Cli.run(command.token(), "--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isEqualTo(Version.line() + "\n");
    }

    @Test
    void withoutACommandItSaysToGiveOne() {
        Cli.Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rumpcfg: give a command; 'rumpcfg --help' lists them\nsee 'rumpcfg --help'\n");
    }

    @Test
    void anOptionPrefixIsNotTakenForTheOption() {
        Cli.Run run = Cli.run("validate", "--stri", "docs/examples/hw-webserver.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("rumpcfg validate: Unknown option: '--stri'\nPossible solutions: --strict\n");
    }

    @Test
    void aSingleValuedOptionGivenTwiceIsAUsageError() {
        Cli.Run run = Cli.run("plan", "--format", "json", "--format", "text", "docs/examples/hw-webserver.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("rumpcfg plan: option '--format' (FORMAT) should be specified only once\n");
    }

    @Test
    void choicesAreTakenInAnyCase() {
        assertThat(Cli.run("validate", "--format", "JSON", "docs/examples/hw-webserver.json").exitCode()).isZero();
        assertThat(Cli.run("validate", "--format=Json", "docs/examples/hw-webserver.json").exitCode()).isZero();
        assertThat(Cli.run("validate", "--format", "yaml", "docs/examples/hw-webserver.json").err())
                .startsWith("rumpcfg validate: Invalid value for option '--format': expected one of text, json, sarif "
                        + "but was 'yaml'\n");
    }
}
