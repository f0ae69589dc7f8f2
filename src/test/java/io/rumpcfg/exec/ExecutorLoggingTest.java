package io.rumpcfg.exec;

import static io.rumpcfg.exec.TestPlans.*;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.testing.FakePlatform;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What reaches the log. The tests log warnings only (logback-test.xml); this test turns the
 * executor's logger down to DEBUG for its run and reads the events it logs.
 */
class ExecutorLoggingTest {
    @Test
    void envValuesOnlyAtDebugAndSecretsNever() {
        FakePlatform fake = FakePlatform.withEchoBins(List.of("app"));
        Logger logger = (Logger) LoggerFactory.getLogger(Executor.class);
        Level level = logger.getLevel();
        boolean additive = logger.isAdditive();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false); // read here, not printed
        try {
            Executor.create(fake, ExecOptions.DEFAULTS).run(plan(
                    env("LANG", "sv_SE.ISO8859-1"), env("API_TOKEN", "hunter2"), rc(0, "app", RunMode.WAIT)));
        } finally {
            logger.detachAppender(events);
            logger.setLevel(level);
            logger.setAdditive(additive);
        }
        List<ILoggingEvent> logged = events.list;

        // The capture works: every step has its DEBUG line, and nothing is logged above DEBUG.
        assertThat(logged).filteredOn(e -> e.getLevel() == Level.DEBUG).extracting(ILoggingEvent::getFormattedMessage)
                .contains("applied env:LANG", "applied env:API_TOKEN", "applied rc:0");
        assertThat(logged).allMatch(e -> e.getLevel() == Level.DEBUG);
        assertThat(logged).filteredOn(e -> e.getFormattedMessage().contains("sv_SE.ISO8859-1")).isNotEmpty()
                .allMatch(e -> e.getLevel() == Level.DEBUG);
        assertThat(logged).noneMatch(e -> e.getFormattedMessage().contains("hunter2"));
    }
}
