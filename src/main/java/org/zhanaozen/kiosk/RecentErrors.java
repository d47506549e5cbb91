package org.zhanaozen.kiosk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Keeps the last few ERROR log lines in memory, for the staff menu's diagnostics. */
public final class RecentErrors extends AppenderBase<ILoggingEvent> {

    static final int CAPACITY = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Deque<String> lines = new ArrayDeque<>();

    public RecentErrors() {
        setName("recent-errors");
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            return;
        }
        StringBuilder line = new StringBuilder(TIME.format(Instant.ofEpochMilli(event.getTimeStamp())))
                .append(' ').append(shortName(event.getLoggerName())).append(": ").append(event.getFormattedMessage());
        IThrowableProxy error = event.getThrowableProxy();
        if (error != null) {
            line.append(" (").append(error.getClassName());
            if (error.getMessage() != null) {
                line.append(": ").append(error.getMessage());
            }
            line.append(')');
        }
        synchronized (lines) {
            if (lines.size() == CAPACITY) {
                lines.removeFirst();
            }
            lines.addLast(line.toString());
        }
    }

    private static String shortName(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }

    /** The kept lines, oldest first. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
