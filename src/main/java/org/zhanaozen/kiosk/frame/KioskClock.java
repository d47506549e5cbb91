package org.zhanaozen.kiosk.frame;

import java.time.Duration;

/**
 * The kiosk's sense of time: everything that waits (idle reset, the warning's countdown, the PIN lock-out, the
 * cursor hiding) or moves (the attract state) asks this, so tests and screenshots drive time with a
 * {@link ManualClock} instead of waiting for it. Actions run on the JavaFX thread.
 */
public interface KioskClock {

    /** Milliseconds on a monotonic scale: only differences mean anything. */
    long millis();

    /** Runs the action once after the delay, unless cancelled first. */
    Scheduled schedule(Duration delay, Runnable action);

    /** Runs the action on every frame until cancelled: for motion, which reads {@link #millis()} to place things. */
    Scheduled everyFrame(Runnable action);

    /** Something scheduled; cancelling twice, or after it ran, does nothing. */
    interface Scheduled {
        void cancel();
    }
}
