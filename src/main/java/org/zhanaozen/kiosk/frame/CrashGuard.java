package org.zhanaozen.kiosk.frame;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: an exception nobody caught is logged with its stack trace, and when it happened in the
 * user interface the kiosk starts again from its welcome state. The visitor never sees a stack trace or a dialog.
 * Recovery that fails, or an exception that keeps coming back (more than {@value #MAX_RECOVERIES} times a minute),
 * is logged and not recovered from again, so a fault cannot turn into a loop.
 */
public final class CrashGuard implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CrashGuard.class);
    static final int MAX_RECOVERIES = 5;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final KioskClock clock;
    private final Runnable recover;
    private final Deque<Long> recoveries = new ArrayDeque<>();
    private boolean recovering;

    public CrashGuard(KioskClock clock, Runnable recover) {
        this.clock = clock;
        this.recover = recover;
    }

    /** Handles every thread's uncaught exceptions, the JavaFX thread's included. Call on the JavaFX thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.error("Unexpected error in thread {}", thread.getName(), error);
        } catch (Throwable logging) {
            // Logging itself failed (out of memory, a broken appender): recovering matters more.
        }
        if (Platform.isFxApplicationThread()) {
            recoverFrom(error);
        }
    }

    private void recoverFrom(Throwable error) {
        if (recovering) {
            LOG.error("The recovery itself failed; not recovering again from this error");
            return;
        }
        long now = clock.millis();
        while (!recoveries.isEmpty() && now - recoveries.peekFirst() > WINDOW.toMillis()) {
            recoveries.removeFirst();
        }
        if (recoveries.size() >= MAX_RECOVERIES) {
            LOG.error("{} errors within a minute: not recovering from this one ({})", MAX_RECOVERIES + 1, error.toString());
            return;
        }
        recoveries.addLast(now);
        recovering = true;
        try {
            recover.run();
            LOG.info("Recovered from the error: the kiosk is back on its welcome screen");
        } catch (Throwable again) {
            LOG.error("Recovery failed", again);
        } finally {
            recovering = false;
        }
    }
}
