package cn.yanshan.ledger.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import cn.yanshan.ledger.common.Redact;
import org.slf4j.Logger;

import java.nio.charset.StandardCharsets;

/**
 * Logging, set up in code rather than from logback.xml (XML configuration costs a noticeable part of start-up):
 * a rolling log file {@code ledger.log} in the data folder's {@code logs} folder, named by the system property
 * {@value #LOG_DIR_PROPERTY}, which the launcher sets before anything logs. Registered through
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** Log lines with ID and mobile numbers masked: the log file is not encrypted. */
    static final class RedactingEncoder extends PatternLayoutEncoder {
        @Override
        public byte[] encode(ILoggingEvent event) {
            return Redact.text(new String(super.encode(event), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
    }

    public static final String LOG_DIR_PROPERTY = "ledger.logDir";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String dir = System.getProperty(LOG_DIR_PROPERTY, "logs");

        PatternLayoutEncoder encoder = new RedactingEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/ledger.log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/ledger.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        for (String quiet : new String[]{"org.flywaydb", "org.jooq", "org.apache.poi", "com.zaxxer"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
