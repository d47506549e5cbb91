package org.zhanaozen.kiosk.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.ui.Messages;

/**
 * Issue 14: where an event happened and the places it only involves are told apart on the map, and the reach lines
 * join what the content says, not ids the code knows. The whole kiosk on fixture content, by taps.
 */
@UiTest
class PlaceRolesTest {

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void openMap(FxRobot robot, Path content) {
        // the map jumps to "Show everything" instead of flying: a tap after it finds the marker where it stays
        WholeKiosk.openOn(robot, stage, temp, content, 1920, 1080, "--no-transitions");
        robot.clickOn("#nav-map");
    }

    private static List<Label> reachLegend(FxRobot robot) {
        return robot.lookup(".legend-entry").queryAllAs(Label.class).stream()
                .filter(label -> label.getGraphic().getStyleClass().contains("legend-reach")).toList();
    }

    /** The place panel's headings, top to bottom. */
    private static List<String> headings(FxRobot robot) {
        return robot.lookup("#place-panel .place-panel-heading").queryAll().stream().filter(Node::isVisible)
                .map(node -> ((Label) node).getText()).toList();
    }

    @Test
    void anInvolvedPlaceListsTheEventUnderItsOwnHeadingAndTheReachLineGoesWhereItHappened(FxRobot robot) {
        Path content = temp.resolve("content");
        TestContent.writeTo(content)
                .replace("events.json", "\"places\": [\"portside\"],",
                        "\"places\": [\"portside\"], \"involvedPlaces\": [\"upland-fields\"],")
                .replace("events.json", "\"events\": [",
                        "\"reachLines\": { \"from\": \"upland-fields\", \"phase\": \"trials\" }, \"events\": [");
        openMap(robot, content);
        robot.clickOn("#map-show-everything");
        robot.clickOn("#place-marker-upland-fields");

        assertThat(headings(robot)).containsExactly(Messages.text("map.panel.involved"));
        assertThat(robot.lookup("#place-event-1992-trial").tryQuery()).as("the trial, listed as involving it").isPresent();

        assertThat(robot.lookup("#reach-line-portside").tryQuery()).as("a line to where the trial happened").isPresent();
        assertThat(reachLegend(robot)).singleElement().extracting(Label::getText).isEqualTo("Trials");
    }

    @Test
    void withoutReachLinesInTheContentTheMapDrawsNoneAndItsLegendNamesNone(FxRobot robot) {
        Path plain = temp.resolve("plain");
        TestContent.writeTo(plain);
        openMap(robot, plain);
        assertThat(robot.lookup(".reach-line").queryAll()).isEmpty();
        assertThat(reachLegend(robot)).isEmpty();
        assertThat(robot.lookup(".legend-entry").queryAll()).as("the markers' two kinds").hasSize(2);
    }
}
