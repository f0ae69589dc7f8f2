package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The CLI's logging: warnings on standard error in one line each, the executor's only from errors up. */
class CliLoggingTest {
    @Test
    void mainNamesTheProviderByItsClassName() {
        assertThat(Main.LOGGING).isEqualTo(CliLogging.class.getName());
    }

    @Test
    void warningsGoToStandardErrorInOneLineAndTheExecutorsWarningsNot() {
        // Made before standard error is captured: a test agent notes on it the classes it loads.
        CliLogging provider = new CliLogging();
        new CliLogging.OneLine().stop();
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            provider.initialize();
            LoggerContext context = (LoggerContext) provider.getLoggerFactory();
            context.getLogger("io.rumpcfg.process.ProcessPlatform").warn("slow {}", "disk",
                    new IllegalStateException("gone"));
            context.getLogger("io.rumpcfg.exec.Executor").warn("FAILED mount:/data");
            context.getLogger("io.rumpcfg.exec.Executor").error("stopped");
            context.getLogger("io.rumpcfg.exec.StepApplier").debug("setenv A=1");
            context.stop();
        } finally {
            System.setErr(saved);
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "rumpcfg: WARN ProcessPlatform: slow disk (java.lang.IllegalStateException: gone)"
                        + System.lineSeparator() + "rumpcfg: ERROR Executor: stopped" + System.lineSeparator());
    }
}
