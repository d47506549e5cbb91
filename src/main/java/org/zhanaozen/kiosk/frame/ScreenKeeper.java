package org.zhanaozen.kiosk.frame;

import java.time.Duration;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the kiosk's screen back in kiosk mode. Whatever minimises the window, takes it out of full screen, or leaves
 * it without focus for {@link #UNFOCUSED_GRACE} (a desktop switch, another program's window), the window is restored,
 * made full screen again, raised and focused at once; if it is still away, that is tried again every
 * {@link #UNFOCUSED_GRACE}.
 * Each time it is taken is logged once at WARN, and its return once at INFO, however often it is tried meanwhile.
 * Another window of the kiosk's own that has the focus (the presenter view) is left alone.
 */
final class ScreenKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenKeeper.class);
    static final Duration UNFOCUSED_GRACE = Duration.ofSeconds(10);

    private final Stage stage;
    private final KioskClock clock;
    private KioskClock.Scheduled retry;
    /** Why the window is away, from the first sign of it until it is back; null while it is where it belongs. */
    private String away;
    /** Whether the occurrence under way was logged, so its end is too. */
    private boolean warned;
    /** When the window last came back, on the clock; -1 before it was ever away. */
    private long backAt = -1;

    private ScreenKeeper(Stage stage, KioskClock clock) {
        this.stage = stage;
        this.clock = clock;
    }

    static void keep(Stage stage, KioskClock clock) {
        ScreenKeeper keeper = new ScreenKeeper(stage, clock);
        stage.iconifiedProperty().addListener((obs, was, now) -> keeper.changed(now ? "minimised" : null));
        stage.fullScreenProperty().addListener((obs, was, now) -> keeper.changed(now ? null : "taken out of full screen"));
        stage.focusedProperty().addListener((obs, was, now) -> keeper.changed(null));
    }

    /** After any change to the window's state: restore it now, later (focus), or note that it is back. */
    private void changed(String taken) {
        if (taken != null) {
            takeBack(taken);
        } else if (isHome()) {
            back();
        } else if (!stage.isFocused()) {
            scheduleRetry();
        }
    }

    private boolean isHome() {
        return stage.isShowing() && !stage.isIconified() && stage.isFullScreen() && (stage.isFocused() || ownWindowFocused());
    }

    private boolean ownWindowFocused() {
        return Window.getWindows().stream().anyMatch(window -> window != stage && window.isFocused());
    }

    private void scheduleRetry() {
        if (retry == null) {
            retry = clock.schedule(UNFOCUSED_GRACE, () -> {
                retry = null;
                if (!isHome()) {
                    if (away == null) {
                        takeBack("without focus for " + UNFOCUSED_GRACE.toSeconds() + " s");
                    } else {
                        restore();
                    }
                }
            });
        }
    }

    private void takeBack(String why) {
        if (!stage.isShowing()) {
            return;   // the kiosk is closing
        }
        // Taken again soon after it came back: the same occurrence. Its next try waits, so that a window manager
        // that keeps taking the window is neither fought in a busy loop nor logged at every turn.
        boolean again = away != null || (backAt >= 0 && clock.millis() - backAt < UNFOCUSED_GRACE.toMillis());
        if (away == null) {
            away = why;
        }
        if (again) {
            scheduleRetry();
        } else {
            warned = true;
            LOG.warn("The kiosk window was {} from outside the kiosk: taking the screen back", why);
            restore();
        }
    }

    private void restore() {
        Platform.runLater(() -> {
            if (!stage.isShowing()) {
                return;
            }
            stage.setIconified(false);
            stage.setFullScreen(true);
            stage.toFront();
            stage.requestFocus();
        });
        scheduleRetry();
    }

    private void back() {
        if (retry != null) {
            retry.cancel();
            retry = null;
        }
        if (away != null) {
            if (warned) {
                LOG.info("The kiosk window is back on screen, full screen and focused (it was {})", away);
                warned = false;
            }
            away = null;
            backAt = clock.millis();
        }
    }
}
