package org.zhanaozen.kiosk.frame;

import java.time.Duration;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;

/**
 * Notices when nobody has touched the kiosk for a while. After {@code timeout} without input it warns
 * ({@link State#WARNING}, with a countdown of {@code warning}); if nobody answers, it goes to {@link State#ATTRACT},
 * where the kiosk is reset and waits for the next visitor. Time comes from a {@link KioskClock}.
 *
 * <p>While the warning or the attract state shows, only the end of a touch, click or key press answers it: the
 * start of the same touch must not reach (and press) whatever lies under the overlay once it is gone. Key events
 * are swallowed then for the same reason.
 */
public final class IdleMonitor {

    public enum State { ACTIVE, WARNING, ATTRACT }

    /** Hover changes are the scene's doing (nodes moving under a still pointer), not a visitor's. */
    private static final Set<EventType<?>> NOT_INPUT = Set.of(
            MouseEvent.MOUSE_ENTERED, MouseEvent.MOUSE_EXITED,
            MouseEvent.MOUSE_ENTERED_TARGET, MouseEvent.MOUSE_EXITED_TARGET);
    private static final Set<EventType<?>> ANSWERS = Set.of(
            MouseEvent.MOUSE_RELEASED, TouchEvent.TOUCH_RELEASED, KeyEvent.KEY_RELEASED);

    private final KioskClock clock;
    private final Duration timeout;
    private final Duration warning;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.ACTIVE);
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private KioskClock.Scheduled pending;

    public IdleMonitor(KioskClock clock, Duration timeout, Duration warning) {
        this.clock = clock;
        this.timeout = timeout;
        this.warning = warning;
        paused.addListener((obs, was, now) -> restart());
        enabled.addListener((obs, was, now) -> restart());
    }

    /** Watches every input event on the scene. */
    public void attach(Scene scene) {
        scene.addEventFilter(InputEvent.ANY, this::onInput);
    }

    private void onInput(InputEvent event) {
        if (NOT_INPUT.contains(event.getEventType())) {
            return;
        }
        switch (state.get()) {
            case ACTIVE -> restart();
            case WARNING, ATTRACT -> {
                if (event instanceof KeyEvent) {
                    event.consume();
                }
                if (ANSWERS.contains(event.getEventType())) {
                    visitorPresent();
                }
            }
        }
    }

    /** A visitor is here: leaves the warning or the attract state and starts counting from now. */
    public void visitorPresent() {
        state.set(State.ACTIVE);
        restart();
    }

    /** Shows the warning now, as if the timeout had passed (for staff to test the idle reset). */
    public void warnNow() {
        cancel();
        warn();
    }

    /** Goes straight to the attract state (at start, before the first visitor). */
    public void attract() {
        cancel();
        state.set(State.ATTRACT);
    }

    private void restart() {
        cancel();
        if (state.get() == State.WARNING) {
            state.set(State.ACTIVE);
        }
        if (state.get() == State.ACTIVE && enabled.get() && !paused.get()) {
            pending = clock.schedule(timeout, this::warn);
        }
    }

    private void warn() {
        secondsLeft.set((int) warning.toSeconds());
        state.set(State.WARNING);
        tick();
    }

    private void tick() {
        if (secondsLeft.get() <= 0) {
            pending = null;
            state.set(State.ATTRACT);
            return;
        }
        pending = clock.schedule(Duration.ofSeconds(1), () -> {
            secondsLeft.set(secondsLeft.get() - 1);
            tick();
        });
    }

    private void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** Seconds until the reset while the warning shows. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /**
     * While true, no idle reset happens: a screen sets it while something plays that the visitor watches
     * without touching. Counting starts afresh when it turns false.
     */
    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** Off: no warning and no reset at all (a rehearsal window). */
    public BooleanProperty enabledProperty() {
        return enabled;
    }
}
