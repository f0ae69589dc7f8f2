package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.Executor;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.testing.FakePlatform;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What a boot logs: one INFO line when it succeeds, a WARN line for a failed step or a
 * rejected boot, everything else at DEBUG, and never a secret. The tests log errors only
 * (logback-test.xml); this test turns the library's loggers down to DEBUG for one boot and
 * reads the events they log.
 */
class BootLoggingTest {
    private static final String CONFIG = "{\"env\": {\"LANG\": \"sv_SE.ISO8859-1\", \"DB_PASSWORD\": \"hunter2\"},"
            + " \"hostname\": \"web1\", \"rc\": [{\"bin\": \"app\", \"argv\": [\"app\", \"-v\"]}]}";

    private static List<ILoggingEvent> logged(FakePlatform platform, String config) {
        List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger(Executor.class), (Logger) LoggerFactory.getLogger(Rumpcfg.class));
        List<Level> levels = new ArrayList<>();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        for (Logger logger : loggers) {
            levels.add(logger.getLevel());
            logger.addAppender(events);
            logger.setLevel(Level.DEBUG);
            logger.setAdditive(false); // read here, not printed
        }
        try {
            Rumpcfg.boot(config.getBytes(StandardCharsets.UTF_8), platform, BootSettings.DEFAULTS);
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).detachAppender(events);
                loggers.get(i).setLevel(levels.get(i));
                loggers.get(i).setAdditive(true);
            }
        }
        return events.list;
    }

    private static List<String> atInfoOrAbove(List<ILoggingEvent> events) {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : events) {
            if (e.getLevel().isGreaterOrEqual(Level.INFO)) {
                lines.add(e.getLevel() + " " + e.getFormattedMessage());
            }
        }
        return lines;
    }

    @Test
    void aQuietSuccessLogsOneInfoLineAndTheRestAtDebug() {
        List<ILoggingEvent> events = logged(FakePlatform.withEchoBins(List.of("app")), CONFIG);

        assertThat(atInfoOrAbove(events)).containsExactly("INFO boot succeeded: 4 steps applied, 1 program run");
        assertThat(events).extracting(ILoggingEvent::getFormattedMessage).contains("applied rc:0", "setenv LANG=sv_SE.ISO8859-1");
        assertThat(events).noneMatch(e -> e.getFormattedMessage().contains("hunter2"));
    }

    @Test
    void aFailedStepLogsAtWarnAndNothingElseAboveDebug() {
        FakePlatform platform = FakePlatform.builder().echoBin("app").failCall("sysctl", Errno.EPERM).build();

        List<ILoggingEvent> events = logged(platform, CONFIG);

        assertThat(atInfoOrAbove(events)).singleElement().asString()
                .startsWith("WARN FAILED hostname (hostname, line 1): EPERM");
        assertThat(events).noneMatch(e -> e.getFormattedMessage().contains("hunter2"));
    }

    @Test
    void aRejectedBootLogsOneWarnLineWithoutTheDocumentsText() {
        List<ILoggingEvent> events = logged(FakePlatform.withEchoBins(List.of("app")),
                "{\"env\": {\"DB_PASSWORD\": \"hunter2\"}, \"hostname\": 5}");

        assertThat(atInfoOrAbove(events)).containsExactly("WARN boot rejected: 1 error(s), the first wrong-type at hostname");
        assertThat(events).noneMatch(e -> e.getFormattedMessage().contains("hunter2"));
    }
}
