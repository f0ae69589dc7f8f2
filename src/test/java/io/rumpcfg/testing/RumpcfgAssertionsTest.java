package io.rumpcfg.testing;

import static io.rumpcfg.testing.RumpcfgAssertions.assertThatConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rumpcfg.model.Code;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Each assertion of the harness fails when it should, showing what it found. */
class RumpcfgAssertionsTest {
    private static final String NAMESERVERS = """
            {
              "net": {
                "dns": {
                  "nameservers": [ "192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4" ]
                }
              }
            }
            """;

    @Test
    void isValidOnARejectedConfigShowsTheDiagnostics() {
        assertThatThrownBy(() -> assertThatConfig(NAMESERVERS).isValid())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("expected a valid configuration")
                .hasMessageContaining("config:4:")
                .hasMessageContaining("net.dns.nameservers");
    }

    @Test
    void isRejectedAtMatchesPathAndLineAndOtherwiseListsWhatWasFound() {
        assertThatConfig(NAMESERVERS).isRejectedAt("net.dns.nameservers[3]", 4).withCode("too-many");
        assertThatThrownBy(() -> assertThatConfig(NAMESERVERS).isRejectedAt("net.dns.nameservers[3]", 5))
                .hasMessageContaining("expected error at net.dns.nameservers[3] on line 5")
                .hasMessageContaining("config:4:");
        assertThatThrownBy(() -> assertThatConfig(NAMESERVERS).isRejectedAt("net.dns.nameservers[3]", 4).withCode("limit"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("found:    [too-many]");
    }

    @Test
    void aChainOfChecksHoldsOnlyWhenOneDiagnosticPassesEveryOne() {
        String twoAtOnePlace = """
                {"rc": [{"bin": 1, "bin": "b"}]}
                """;
        assertThatConfig(twoAtOnePlace).isRejectedAt("rc[0].bin", 1).withCode(Code.WRONG_TYPE).atColumn(17);
        assertThatConfig(twoAtOnePlace).isRejectedAt("rc[0].bin", 1).withCode("duplicate-key").atColumn(20);
        assertThatThrownBy(() -> assertThatConfig(twoAtOnePlace).isRejectedAt("rc[0].bin", 1)
                .withCode(Code.WRONG_TYPE).atColumn(20))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("expected the diagnostic's column")
                .hasMessageContaining("found:    [17]");
    }

    @Test
    void withMessageAndAtColumnFailShowingWhatTheyFound() {
        assertThatThrownBy(() -> assertThatConfig(NAMESERVERS).isRejectedAt("net.dns.nameservers[3]", 4)
                .withMessage("no such message"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("expected the diagnostic's message")
                .hasMessageContaining("at most 3 allowed");
        assertThatThrownBy(() -> assertThatConfig(NAMESERVERS).isRejectedAt("net.dns.nameservers[3]", 4).atColumn(1))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("expected the diagnostic's column");
    }

    @Test
    void isRejectedOnAValidConfigFails() {
        assertThatThrownBy(() -> assertThatConfig("{\"hostname\": \"web1\"}").isRejectedAt("hostname", 1))
                .hasMessageContaining("expected the configuration to be rejected, but it is valid");
    }

    @Test
    void warningsAreFoundAndNoDiagnosticsFailsOnThem() {
        assertThatConfig("{\"hostnmae\": \"web1\"}").isValid().hasWarningAt("hostnmae", 1).withMessageContaining("hostname");
        assertThatThrownBy(() -> assertThatConfig("{\"hostnmae\": \"web1\"}").hasNoDiagnostics())
                .hasMessageContaining("warning: hostnmae");
        assertThatConfig("{\"hostnmae\": \"web1\"}").strict().isRejectedAt("hostnmae", 1);
    }

    @Test
    void strictRejectsUnknownKeysAndDenyWarningsEveryWarning() {
        String star = "{\"rc\": [{\"bin\": \"*\"}]}";
        assertThatConfig(star).strict().isValid().hasWarningAt("rc[0].bin", 1);
        assertThatConfig(star).denyWarnings().isRejectedAt("rc[0].bin", 1);
    }

    @Test
    void planAssertionsShowTheStepsFound() {
        String doc = "{ \"mount\": { \"/a/b\": { \"source\": \"tmpfs\" }, \"/a\": { \"source\": \"tmpfs\" } } }";
        assertThat(assertThatConfig(doc).plan().stepIds()).containsExactly("mount:/a", "mount:/a/b");
        assertThatThrownBy(() -> assertThatConfig(doc).plan().hasStepBefore("mount:/a/b", "mount:/a"))
                .hasMessageContaining("found:    [mount:/a, mount:/a/b]");
        assertThatThrownBy(() -> assertThatConfig(doc).plan().hasStep("mount:/c"))
                .hasMessageContaining("expected a step mount:/c");
        assertThatThrownBy(() -> assertThatConfig(doc).plan().hasStepWaitingFor("mount:/a", "mount:/a/b"))
                .hasMessageContaining("expected mount:/a to wait for mount:/a/b");
    }

    @Test
    void fileAssertionsShowTheContentFound() {
        BootAssert boot = assertThatConfig("{ \"net\": { \"dns\": { \"nameservers\": [ \"192.0.2.53\" ] } } }").boot();
        boot.succeeded().file("/etc/resolv.conf").contains("nameserver 192.0.2.53");
        assertThatThrownBy(() -> boot.file("/etc/resolv.conf").contains("nameserver 192.0.2.54"))
                .hasMessageContaining("found:    nameserver 192.0.2.53");
        assertThatThrownBy(() -> boot.file("/etc/hosts").exists()).hasMessageContaining("no such file");
    }

    @Test
    void programAssertionsShowWhatTheProgramGot() {
        BootAssert boot = assertThatConfig("{ \"rc\": [ { \"bin\": \"a\", \"runmode\": \"|\" }, { \"bin\": \"b\" }, { \"bin\": \"c\" } ] }")
                .withBins("a", "b", "c").boot().succeeded();
        boot.program(1).receivedStdoutOf(0).readFromStdin("a\n");
        assertThatThrownBy(() -> boot.program(2).receivedStdoutOf(1)).hasMessageContaining("found:    an empty stdin");
        assertThatThrownBy(() -> boot.program(0).hasArgv("x")).hasMessageContaining("found:    [a]");
        assertThatThrownBy(() -> boot.program(3)).hasMessageContaining("3 programs started: [a, b, c]");
        assertThatThrownBy(() -> boot.failedAt("rc:0")).hasMessageContaining("SUCCEEDED");
    }

    @Test
    void settingsAfterTheFirstAssertionAreRefused() {
        ConfigAssert config = assertThatConfig("{}");
        config.isValid();
        assertThatThrownBy(config::strict).isInstanceOf(IllegalStateException.class);
    }
}
