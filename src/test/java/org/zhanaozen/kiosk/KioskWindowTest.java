package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.frame.KioskWindow;

/** In kiosk mode the keys and requests that leave a full-screen window do nothing; in a rehearsal window they work. */
@UiTest
class KioskWindowTest {

    private Stage stage;
    private final List<KeyCode> keysSeen = new ArrayList<>();

    @Start
    void start(Stage primary) {
        // Each test shows its own stage: the lock-down must not leak from one test to the next.
    }

    @AfterEach
    void hide(FxRobot robot) {
        robot.interact(() -> stage.hide());
    }

    private Scene show(FxRobot robot, boolean kiosk) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            stage = new Stage();
            StackPane content = new StackPane();
            content.addEventHandler(KeyEvent.KEY_PRESSED, e -> keysSeen.add(e.getCode()));
            scene[0] = KioskWindow.show(stage, content, "Test", kiosk);
            content.requestFocus();
        });
        return scene[0];
    }

    private static KeyEvent press(KeyCode code, boolean alt) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, alt, false);
    }

    private static boolean consumedBy(Event event, Stage stage) {
        stage.getOnCloseRequest().handle((WindowEvent) event);
        return event.isConsumed();
    }

    @Test
    void inKioskModeEscF11AltF4AndCloseRequestsDoNotLeave(FxRobot robot) {
        Scene scene = show(robot, true);
        assertThat(stage.isFullScreen()).isTrue();
        robot.interact(() -> {
            Event.fireEvent(scene.getRoot(), press(KeyCode.ESCAPE, false));
            Event.fireEvent(scene.getRoot(), press(KeyCode.F11, false));
        });
        assertThat(keysSeen).isEmpty();
        robot.type(KeyCode.ESCAPE).press(KeyCode.ALT).type(KeyCode.F4).release(KeyCode.ALT);
        robot.interact(() -> { });
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(consumedBy(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST), stage)).isTrue();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void aRehearsalWindowLetsKeysAndCloseRequestsThrough(FxRobot robot) {
        Scene scene = show(robot, false);
        robot.interact(() -> Event.fireEvent(scene.getRoot(), press(KeyCode.ESCAPE, false)));
        assertThat(keysSeen).containsExactly(KeyCode.ESCAPE);
        assertThat(stage.getOnCloseRequest()).isNull();
        assertThat(stage.isFullScreen()).isFalse();
    }
}
