package io.rumpcfg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The command line's logging: logback, warnings only, to standard error, so that standard
 * output stays the command's own; {@code -Drumpcfg.log.level=DEBUG} (through
 * {@code RUMPCFG_JAVA_OPTS}) for every step as it is applied. A logged exception is one line,
 * never a stack trace.
 *
 * <p>An SLF4J provider of its own, which {@link Main#useCliLogging} names to SLF4J by the
 * {@code slf4j.provider} property, so that logback starts configured in code: logback's own
 * start (the services it looks for, its configuration files, its status messages) was ~60 ms
 * of a cold {@code rumpcfg run}, and reading a logback.xml ~70 ms more (docs/performance.md,
 * "Cold start"). Only the command line names it: a program that depends on the library keeps
 * its own SLF4J backend and configuration.
 */
public final class CliLogging implements SLF4JServiceProvider {
    /** The property that sets every level at once. */
    static final String LEVEL_PROPERTY = "rumpcfg.log.level";
    /** The SLF4J API version this provider is written for. */
    private static final String API_VERSION = "2.0.99";

    private LoggerContext context;
    private IMarkerFactory markers;
    private MDCAdapter mdc;

    @Override
    public void initialize() {
        context = new LoggerContext();
        context.setName("default");
        configure(context);
        context.start();
        markers = new BasicMarkerFactory();
        LogbackMDCAdapter adapter = new LogbackMDCAdapter();
        context.setMDCAdapter(adapter);
        mdc = adapter;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return context;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return API_VERSION;
    }

    /** One appender on standard error; the executor quieter still. */
    static void configure(LoggerContext context) {
        String level = System.getProperty(LEVEL_PROPERTY);
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        OneLine layout = new OneLine();
        layout.setContext(context);
        layout.start();
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(level, Level.WARN));
        root.addAppender(appender);
        // run prints each failed step itself, on stdout; the executor's WARN line would repeat it.
        context.getLogger("io.rumpcfg.exec.Executor").setLevel(Level.toLevel(level, Level.ERROR));
    }

    /** {@code rumpcfg: WARN Executor: message}, and a logged exception's class and message. */
    static final class OneLine extends LayoutBase<ILoggingEvent> {
        @Override
        public String doLayout(ILoggingEvent event) {
            String logger = event.getLoggerName();
            StringBuilder line = new StringBuilder("rumpcfg: ").append(event.getLevel()).append(' ')
                    .append(logger, logger.lastIndexOf('.') + 1, logger.length()).append(": ")
                    .append(event.getFormattedMessage());
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                line.append(" (").append(thrown.getClassName()).append(": ").append(thrown.getMessage()).append(')');
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}
