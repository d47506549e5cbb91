package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.content.TestContent;

/** Invalid content never reaches the visitor screens: staff see what is wrong and where. */
@UiTest
class ContentErrorScreenTest {

    @TempDir
    static Path broken;
    @TempDir
    static Path state;

    @Start
    void start(Stage stage) throws Exception {
        // the fixture's first latitude, broken: a replace that finds nothing fails here, not silently
        TestContent.writeTo(broken).replace("places.json", "\"lat\": 43.34", "\"lat\": \"north\"");
        Files.writeString(broken.resolve("demands.json"), "{ \"lists\": [ ");
        WholeKiosk.startOn(stage, state, broken, 1920, 1080);
        stage.show();
    }

    @Test
    void showsEveryProblemWithItsFileAndNoExhibit(FxRobot robot) {
        assertThat(robot.lookup("#content-error-screen").tryQuery()).isPresent();
        assertThat(robot.lookup("#navigation-bar").tryQuery()).isEmpty();
        var problems = robot.lookup("#content-problems .problem").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("places.json:").contains("lat"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("demands.json:"));
    }
}
