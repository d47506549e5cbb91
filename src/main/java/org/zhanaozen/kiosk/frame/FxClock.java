package org.zhanaozen.kiosk.frame;

import java.time.Duration;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;

/** The real clock: JavaFX timers, so every action runs on the JavaFX thread. */
public final class FxClock implements KioskClock {

    @Override
    public long millis() {
        return System.nanoTime() / 1_000_000;
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }

    @Override
    public Scheduled everyFrame(Runnable action) {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                action.run();
            }
        };
        timer.start();
        return timer::stop;
    }
}
