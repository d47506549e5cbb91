package org.zhanaozen.kiosk.frame;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The hidden way in for staff, which a visitor will not make by chance: five taps within 3 seconds in the
 * top-left corner (80 × 80 px at 1080p, scaled with the screen), then a sixth touch there held for 2 seconds.
 * Touches are seen as mouse events on every platform (synthesized from touch), and are passed on untouched.
 */
public final class StaffGesture {

    static final int TAPS = 5;
    static final Duration TAP_WINDOW = Duration.ofSeconds(3);
    static final Duration HOLD = Duration.ofSeconds(2);
    /** The corner's side at 1080p, in px. */
    static final double CORNER = 80;

    private final KioskClock clock;
    private final Runnable recognised;
    private final Deque<Long> taps = new ArrayDeque<>();
    private boolean pressedInCorner;
    private KioskClock.Scheduled hold;
    private Scene scene;

    public StaffGesture(KioskClock clock, Runnable recognised) {
        this.clock = clock;
        this.recognised = recognised;
    }

    public void attach(Scene scene) {
        this.scene = scene;
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!inCorner(e)) {
                cancelHold();
            }
        });
    }

    private boolean inCorner(MouseEvent event) {
        double side = CORNER * Theme.bodySize(scene.getWidth(), scene.getHeight()) / Theme.BODY_SIZE;
        return event.getSceneX() < side && event.getSceneY() < side;
    }

    private void pressed(MouseEvent event) {
        pressedInCorner = inCorner(event);
        forgetOldTaps();
        if (!pressedInCorner) {
            taps.clear();
        } else if (taps.size() >= TAPS) {
            hold = clock.schedule(HOLD, () -> {
                hold = null;
                taps.clear();
                recognised.run();
            });
        }
    }

    private void released(MouseEvent event) {
        boolean holding = hold != null;
        cancelHold();
        if (holding) {
            taps.clear();
        } else if (pressedInCorner && inCorner(event)) {
            taps.addLast(clock.millis());
        }
        pressedInCorner = false;
    }

    private void forgetOldTaps() {
        // All five taps, and the start of the hold, fall within the window of the first tap.
        while (!taps.isEmpty() && clock.millis() - taps.peekFirst() > TAP_WINDOW.toMillis()) {
            taps.removeFirst();
        }
    }

    private void cancelHold() {
        if (hold != null) {
            hold.cancel();
            hold = null;
        }
    }
}
