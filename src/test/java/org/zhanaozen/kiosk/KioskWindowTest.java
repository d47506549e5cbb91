package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhanaozen.kiosk.frame.KioskWindow;
import org.zhanaozen.kiosk.frame.ManualClock;

/** In kiosk mode the keys and requests that leave a full-screen window do nothing; in a rehearsal window they work. */
@UiTest
class KioskWindowTest {

    private Stage stage;
    private final List<KeyCode> keysSeen = new ArrayList<>();
    private final ManualClock clock = new ManualClock();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger keeperLog = (Logger) LoggerFactory.getLogger("org.zhanaozen.kiosk.frame.ScreenKeeper");

    @BeforeEach
    void recordTheWindowsLog() {
        log.start();
        keeperLog.addAppender(log);
    }

    @Start
    void start(Stage primary) {
        // Each test shows its own stage: the lock-down must not leak from one test to the next.
    }

    @AfterEach
    void hide(FxRobot robot) {
        keeperLog.detachAppender(log);
        robot.interact(() -> stage.hide());
    }

    private List<String> logged() {
        return log.list.stream().map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
    }

    private Scene show(FxRobot robot, boolean kiosk) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            stage = new Stage();
            StackPane content = new StackPane();
            content.addEventHandler(KeyEvent.KEY_PRESSED, e -> keysSeen.add(e.getCode()));
            scene[0] = KioskWindow.show(stage, content, "Test", kiosk, clock);
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

    /** Alt+F4 belongs to the window manager, which Monocle lacks: KioskWindowOnXTest presses it under Openbox. */
    @Test
    void inKioskModeEscF11AndCloseRequestsDoNotLeave(FxRobot robot) {
        Scene scene = show(robot, true);
        assertThat(stage.isFullScreen()).isTrue();
        robot.interact(() -> {
            Event.fireEvent(scene.getRoot(), press(KeyCode.ESCAPE, false));
            Event.fireEvent(scene.getRoot(), press(KeyCode.F11, false));
        });
        assertThat(keysSeen).isEmpty();
        robot.type(KeyCode.ESCAPE);
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

    @Test
    void aKioskMinimisedFromOutsideComesBackFullScreenAndSaysSoOnce(FxRobot robot) {
        show(robot, true);
        robot.interact(() -> stage.setIconified(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isIconified()).isFalse();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(logged()).hasSize(2);
        assertThat(logged().get(0)).startsWith("WARN").contains("minimised");
        assertThat(logged().get(1)).startsWith("INFO").contains("back");
    }

    @Test
    void aKioskTakenOutOfFullScreenTakesItBack(FxRobot robot) {
        show(robot, true);
        robot.interact(() -> stage.setFullScreen(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(logged()).first().asString().startsWith("WARN").contains("full screen");
    }

    @Test
    void aWindowThatKeepsBeingTakenIsTriedAgainOnTheClockAndLoggedOnce(FxRobot robot) {
        show(robot, true);
        // something that minimises the window again every time it comes back
        robot.interact(() -> stage.iconifiedProperty().addListener((obs, was, now) -> {
            if (!now && clock.millis() < 30_000) {
                javafx.application.Platform.runLater(() -> stage.setIconified(true));
            }
        }));
        robot.interact(() -> stage.setIconified(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isIconified()).isTrue();
        robot.interact(() -> clock.advance(Duration.ofSeconds(40)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> clock.advance(Duration.ofSeconds(10)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isIconified()).isFalse();
        assertThat(logged()).filteredOn(line -> line.startsWith("WARN")).hasSize(1);
        assertThat(logged()).last().asString().startsWith("INFO").contains("back");
    }

    @Test
    void aRehearsalWindowMayBeMinimisedAndLeaveFullScreen(FxRobot robot) {
        show(robot, false);
        robot.interact(() -> stage.setIconified(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isIconified()).isTrue();
        assertThat(logged()).isEmpty();
    }
}
