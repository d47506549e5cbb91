package org.zhanaozen.kiosk.frame;

import java.time.Duration;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;

/**
 * Hides the mouse pointer on a touch kiosk once the mouse has been still for a while, and shows it again when a
 * real mouse moves (touches, which arrive as synthesized mouse events, never bring it back). Buttons set their own
 * cursor in CSS, so the root gets the {@code :cursor-hidden} pseudo-class and the theme hides it on every node.
 */
public final class CursorHider {

    static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("cursor-hidden");

    private final KioskClock clock;
    private final Duration after;
    private final Scene scene;
    private KioskClock.Scheduled pending;

    private CursorHider(KioskClock clock, Duration after, Scene scene) {
        this.clock = clock;
        this.after = after;
        this.scene = scene;
    }

    /** Starts hiding the pointer in this scene after {@code after} without mouse movement; zero never hides it. */
    public static void attach(Scene scene, KioskClock clock, Duration after) {
        if (after.isZero() || after.isNegative()) {
            return;
        }
        CursorHider hider = new CursorHider(clock, after, scene);
        scene.addEventFilter(MouseEvent.ANY, event -> {
            if (!event.isSynthesized() && (event.getEventType() == MouseEvent.MOUSE_MOVED
                    || event.getEventType() == MouseEvent.MOUSE_DRAGGED)) {
                hider.moved();
            }
        });
        hider.moved();
    }

    private void moved() {
        setHidden(false);
        if (pending != null) {
            pending.cancel();
        }
        pending = clock.schedule(after, this::hide);
    }

    private void hide() {
        pending = null;
        setHidden(true);
    }

    private void setHidden(boolean hidden) {
        scene.setCursor(hidden ? Cursor.NONE : null);
        scene.getRoot().pseudoClassStateChanged(HIDDEN, hidden);
    }
}
