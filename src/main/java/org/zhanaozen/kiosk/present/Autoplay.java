package org.zhanaozen.kiosk.present;

import java.time.Duration;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhanaozen.kiosk.frame.KioskClock;

/**
 * The tour playing by itself at a stand: a step every {@code interval}. A visitor's touch (or click) stops it, so
 * they can explore; once nobody has given any input for {@code resumeAfter} (the kiosk's idle timeout) it carries
 * on. Key presses (a presenter's clicker) do not stop it; a step shown by hand starts the interval afresh.
 */
final class Autoplay {

    private static final Logger LOG = LoggerFactory.getLogger(Autoplay.class);
    private static final Set<EventType<?>> TOUCHES = Set.of(MouseEvent.MOUSE_PRESSED, TouchEvent.TOUCH_PRESSED);
    /** Hover changes are the scene's doing (nodes moving under a still pointer), not a visitor's. */
    private static final Set<EventType<?>> NOT_INPUT = Set.of(
            MouseEvent.MOUSE_ENTERED, MouseEvent.MOUSE_EXITED,
            MouseEvent.MOUSE_ENTERED_TARGET, MouseEvent.MOUSE_EXITED_TARGET);

    private final KioskClock clock;
    private final Duration interval;
    private final Duration resumeAfter;
    private final Runnable advance;
    private final Runnable resume;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final EventHandler<InputEvent> input = this::onInput;
    private KioskClock.Scheduled pending;
    private Scene scene;

    /**
     * @param advance shows the next step (looping)
     * @param resume  gets the exhibit ready to play again after a visitor, before the next interval
     */
    Autoplay(KioskClock clock, Duration interval, Duration resumeAfter, Runnable advance, Runnable resume) {
        this.clock = clock;
        this.interval = interval;
        this.resumeAfter = resumeAfter;
        this.advance = advance;
        this.resume = resume;
    }

    void start(Scene target) {
        scene = target;
        scene.addEventFilter(InputEvent.ANY, input);
        playing.set(true);
        schedule(interval, this::step);
    }

    void stop() {
        cancel();
        playing.set(false);
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, input);
            scene = null;
        }
    }

    /** A step was shown some other way: the next one comes a whole interval later. */
    void stepShown() {
        if (playing.get()) {
            schedule(interval, this::step);
        }
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    private void step() {
        pending = null;
        advance.run();
        schedule(interval, this::step);
    }

    private void onInput(InputEvent event) {
        if (NOT_INPUT.contains(event.getEventType())) {
            return;
        }
        if (playing.get() && TOUCHES.contains(event.getEventType())) {
            LOG.info("Autoplay paused: someone touched the screen");
            playing.set(false);
        }
        if (!playing.get()) {
            schedule(resumeAfter, this::resumePlaying);
        }
    }

    private void resumePlaying() {
        pending = null;
        LOG.info("Autoplay resumed after {} s without input", resumeAfter.toSeconds());
        playing.set(true);
        resume.run();
        schedule(interval, this::step);
    }

    private void schedule(Duration delay, Runnable action) {
        cancel();
        pending = clock.schedule(delay, action);
    }

    private void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
