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
 * A windowed stage behaves like any window, for rehearsals and development.
 */
public final class KioskWindow {

    private KioskWindow() {
    }

    /** Shows the content in the stage; {@code kiosk} chooses full-screen kiosk mode over a normal window. */
    public static Scene show(Stage stage, Parent content, String title, boolean kiosk) {
        Scene scene = new Scene(content, 1280, 800);
        Theme.apply(scene);
        stage.setTitle(title);
        stage.setScene(scene);
        if (kiosk) {
            lockDown(stage, scene);
        }
        stage.show();
        if (kiosk) {
            // Before show() Monocle throws; after it, every platform honours it.
            stage.setFullScreen(true);
        }
        return scene;
    }

    private static void lockDown(Stage stage, Scene scene) {
        // Cover the screen even where full screen is not granted (an X session without a window manager).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
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
        // If the window manager still takes full screen away, take it back.
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now) {
                javafx.application.Platform.runLater(() -> stage.setFullScreen(true));
            }
        });
    }
}
