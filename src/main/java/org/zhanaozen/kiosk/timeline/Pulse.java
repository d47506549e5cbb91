package org.zhanaozen.kiosk.timeline;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * A source of animation frames. The kiosk uses JavaFX's pulse; tests step one by hand, so motion such as a fling's
 * inertia is tested without waiting.
 */
public interface Pulse {

    /** Calls {@code frame} with a time in nanoseconds once per frame, until {@link #stop()}. Replaces any earlier frame. */
    void start(LongConsumer frame);

    void stop();

    /** Frames on JavaFX's pulse, about 60 a second. */
    static Pulse animationTimer() {
        return new Pulse() {
            private AnimationTimer timer;

            @Override
            public void start(LongConsumer frame) {
                stop();
                timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        frame.accept(now);
                    }
                };
                timer.start();
            }

            @Override
            public void stop() {
                if (timer != null) {
                    timer.stop();
                    timer = null;
                }
            }
        };
    }
}
