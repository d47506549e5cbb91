package org.zhanaozen.kiosk.timeline;

import java.util.function.LongConsumer;

/** Frames stepped by the test, 60 a second of pretend time. */
final class ManualPulse implements Pulse {

    private static final long FRAME_NANOS = 16_666_667L;
    private LongConsumer frame;
    private long now;

    @Override
    public void start(LongConsumer frame) {
        this.frame = frame;
    }

    @Override
    public void stop() {
        frame = null;
    }

    boolean isRunning() {
        return frame != null;
    }

    /** Runs frames for this many seconds, or until the animation stops. */
    void advance(double seconds) {
        long end = now + (long) (seconds * 1e9);
        boolean running = true;
        while (running && now < end) {
            running = step();
        }
    }

    /** Runs one frame, if an animation is running; says whether one ran. */
    boolean step() {
        if (frame == null) {
            return false;
        }
        now += FRAME_NANOS;
        frame.accept(now);
        return true;
    }
}
