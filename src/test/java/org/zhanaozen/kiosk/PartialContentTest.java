package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.content.TestContent;

/**
 * Content without demands, context notes or a closing call (all optional): the kiosk leaves those screens out of
 * the navigation bar and the welcome screen's ways in, and the screens it has work as before. Through the whole
 * kiosk, by taps.
 */
@UiTest
class PartialContentTest {

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) throws IOException {
        Path content = temp.resolve("content");
        TestContent.writeTo(content).replace("exhibit.json",
                "{ \"id\": \"spring-1968\", \"heading\": \"Spring 1968\", \"text\": \"Police in Harbourtown.\" }", "");
        Path exhibit = content.resolve("exhibit.json");
        Files.writeString(exhibit, Files.readString(exhibit).replaceFirst("(?s)\"closing\": \\{.*?\\},", ""));
        Files.delete(content.resolve("demands.json"));
        WholeKiosk.startOn(stage, temp, content, 1920, 1080);
        stage.show();
    }

    private static Iterable<String> ids(FxRobot robot, String parent) {
        return robot.lookup(parent).queryAs(Parent.class).getChildrenUnmodifiable().stream().map(Node::getId).toList();
    }

    @Test
    void onlyTheScreensWithSomethingToShowAreOffered(FxRobot robot) {
        robot.clickOn("#attract-touch");

        assertThat(ids(robot, "#navigation-bar")).containsExactly("nav-home", "nav-map", "nav-timeline", "nav-people");
        assertThat(robot.lookup(".way-in").queryAll().stream().map(Node::getId))
                .containsExactlyInAnyOrder("way-in-map", "way-in-timeline", "way-in-people");

        robot.clickOn("#way-in-people");
        assertThat(robot.lookup("#victim-cards").match(Node::isVisible).tryQuery()).isPresent();
        robot.clickOn("#nav-timeline");
        assertThat(robot.lookup("#timeline-pane").match(Node::isVisible).tryQuery()).isPresent();
    }
}
