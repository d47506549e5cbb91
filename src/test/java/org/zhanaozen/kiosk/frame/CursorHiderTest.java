package org.zhanaozen.kiosk.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.TestStages;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.ui.Theme;

@UiTest
class CursorHiderTest {

    private final ManualClock clock = new ManualClock();
    private Scene scene;
    private Button button;

    @Start
    void start(Stage stage) {
        button = new Button("Demands");
        KioskFrame frame = new KioskFrame();
        frame.overlays().getChildren().add(new StackPane(button));
        scene = new Scene(frame.root(), 800, 600);
        Theme.apply(scene);
        CursorHider.attach(scene, clock, Duration.ofSeconds(3));
        TestStages.show(stage, scene);
        stage.show();
    }

    @Test
    void thePointerHidesAfterSecondsWithoutMovementEvenOverAButtonAndComesBackWhenTheMouseMoves(FxRobot robot) {
        assertThat(scene.getCursor()).isNotEqualTo(Cursor.NONE);
        assertThat(button.getCursor()).isEqualTo(Cursor.HAND);
        robot.interact(() -> clock.advance(Duration.ofSeconds(3)));
        assertThat(scene.getCursor()).isEqualTo(Cursor.NONE);
        robot.interact(() -> button.applyCss());
        // No cursor of its own: the scene's Cursor.NONE shows over the button.
        assertThat(button.getCursor()).isNull();
        robot.moveTo(button).moveBy(5, 5);
        assertThat(scene.getCursor()).isNull();
        robot.interact(() -> button.applyCss());
        assertThat(button.getCursor()).isEqualTo(Cursor.HAND);
    }
}
