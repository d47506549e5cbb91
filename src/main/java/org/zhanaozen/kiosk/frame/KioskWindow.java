package org.zhanaozen.kiosk.frame;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The stage the exhibit lives in. In kiosk mode it is full screen with no exit hint, and Esc, F11 and a
 * window-close request (Alt+F4, the window manager) do not leave it: a visitor can never reach the desktop.
 * Whatever minimises it or takes it out of full screen from outside, it comes back ({@link ScreenKeeper}).
 * A windowed stage behaves like any window, for rehearsals and development.
 */
public final class KioskWindow {

    private KioskWindow() {
    }

    /**
     * Shows the content in the stage; {@code kiosk} chooses full-screen kiosk mode over a normal window. In kiosk
     * mode the window takes its screen back, on {@code clock}'s time, whenever something outside minimises it or
     * takes full screen or the focus away ({@link ScreenKeeper}).
     */
    public static Scene show(Stage stage, Parent content, String title, boolean kiosk, KioskClock clock) {
        return show(stage, content, title, kiosk, javafx.stage.Screen.getPrimary(), clock);
    }

    /** As above, full screen on this screen (e.g. the projector, in presentation mode). */
    public static Scene show(Stage stage, Parent content, String title, boolean kiosk, javafx.stage.Screen on,
                             KioskClock clock) {
        Scene scene = new Scene(content, 1280, 800);
        Theme.apply(scene);
        stage.setTitle(title);
        stage.setScene(scene);
        if (kiosk) {
            lockDown(stage, scene, on);
        }
        stage.show();
        if (kiosk) {
            // Before show() Monocle throws; after it, every platform honours it.
            stage.setFullScreen(true);
            ScreenKeeper.keep(stage, clock);
        }
        return scene;
    }

    private static void lockDown(Stage stage, Scene scene, javafx.stage.Screen on) {
        // Cover the screen even where full screen is not granted (an X session without a window manager).
        javafx.geometry.Rectangle2D screen = on.getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnCloseRequest(event -> event.consume());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F11 || event.getCode() == KeyCode.ESCAPE) {
                event.consume();
            }
        });
    }
}
