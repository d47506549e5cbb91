package org.zhanaozen.kiosk;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Where the running kiosk logs: besides the console of logback.xml, a rotating file in the configured folder
 * ({@value #FILE_NAME}, rolled at {@value #FILE_SIZE} into at most {@value #KEPT_FILES} old files, so the logs
 * never take more than about 60 MB), and the last errors in memory for the staff menu. A folder that cannot be
 * written (read-only, disk full) leaves the console only: logging never stops the kiosk.
 */
public final class KioskLogging {

    static final String FILE_NAME = "kiosk.log";
    static final String FILE_SIZE = "10MB";
    static final int KEPT_FILES = 5;

    private final RecentErrors recentErrors;
    private final Optional<Path> file;
    private final List<Appender<ILoggingEvent>> added;

    private KioskLogging(RecentErrors recentErrors, Optional<Path> file, List<Appender<ILoggingEvent>> added) {
        this.recentErrors = recentErrors;
        this.file = file;
        this.added = added;
    }

    /** Adds the rotating file in {@code folder} and the recent-errors ring to the root logger. */
    public static KioskLogging start(Path folder) {
        Logger root = rootLogger();
        RecentErrors recent = new RecentErrors();
        recent.setContext(root.getLoggerContext());
        recent.start();
        root.addAppender(recent);
        Optional<RollingFileAppender<ILoggingEvent>> appender = rollingFile(root, folder);
        List<Appender<ILoggingEvent>> added = new ArrayList<>(List.of(recent));
        appender.ifPresent(added::add);
        return new KioskLogging(recent, appender.map(a -> Path.of(a.getFile())), added);
    }

    /** Detaches and closes what {@link #start} added (at exit, and between tests). */
    public void stop() {
        Logger root = rootLogger();
        for (Appender<ILoggingEvent> appender : added) {
            root.detachAppender(appender);
            appender.stop();
        }
    }

    /** Nothing logged to a file and no errors kept: for rendering screenshots. */
    static KioskLogging none() {
        return new KioskLogging(new RecentErrors(), Optional.empty(), List.of());
    }

    private static Optional<RollingFileAppender<ILoggingEvent>> rollingFile(Logger root, Path folder) {
        LoggerContext context = root.getLoggerContext();
        Path file = folder.resolve(FILE_NAME);
        try {
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) {
                throw new IOException("not writable");
            }
        } catch (IOException | RuntimeException e) {
            root.warn("Cannot log to {} ({}): logging to the console only", folder, e.toString());
            return Optional.empty();
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("kiosk.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT_FILES);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(FILE_SIZE));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        if (!appender.isStarted()) {
            root.warn("Cannot log to {}: logging to the console only", file);
            return Optional.empty();
        }
        root.addAppender(appender);
        return Optional.of(appender);
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    public RecentErrors recentErrors() {
        return recentErrors;
    }

    /** The log file, unless logging fell back to the console. */
    public Optional<Path> file() {
        return file;
    }
}
