package io.rumpcfg.exec;

import static io.rumpcfg.exec.TestPlans.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.RunMode;
import io.rumpcfg.testing.FakePlatform;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What reaches the log. The test classpath's SLF4J binding (logback, unconfigured) logs
 * everything from DEBUG up to System.out, which this test captures.
 */
class ExecutorLoggingTest {
    @Test
    void envValuesOnlyAtDebugAndSecretsNever() {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("app"));
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Executor.create(fake, ExecOptions.DEFAULTS).run(plan(
                    env("LANG", "sv_SE.ISO8859-1"), env("API_TOKEN", "hunter2"), rc(0, "app", RunMode.WAIT)));
        } finally {
            System.setOut(original);
        }
        List<String> lines = Arrays.asList(captured.toString(StandardCharsets.UTF_8).split("\n"));

        // The capture works: every step has its INFO line.
        assertThat(lines).anyMatch(l -> l.contains(" INFO ") && l.endsWith("applied env:LANG"));
        assertThat(lines).anyMatch(l -> l.contains(" INFO ") && l.endsWith("applied env:API_TOKEN"));
        assertThat(lines).anyMatch(l -> l.contains(" INFO ") && l.endsWith("applied rc:0"));
        assertThat(lines).filteredOn(l -> l.contains("sv_SE.ISO8859-1")).isNotEmpty().allMatch(l -> l.contains(" DEBUG "));
        assertThat(lines).noneMatch(l -> l.contains("hunter2"));
    }
}
