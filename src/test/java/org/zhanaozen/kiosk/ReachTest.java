package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * What a visitor uses most lies within reach of a seated visitor or a child, in both orientations, in the whole kiosk
 * and by taps alone: the map's buttons, the timeline's phase chips, years and zoom, the people tabs, and a Close on
 * every card; and a tap on a card's dimmed background closes it.
 */
@UiTest
class ReachTest {

    /**
     * Reach is 380–1220 mm above the floor. On a 55-inch screen with its bottom edge at 900 mm (landscape) that is
     * its lower 47 %; at 700 mm (portrait) its lower 43 %.
     */
    private static final double LANDSCAPE_REACH = 0.47;
    private static final double PORTRAIT_REACH = 0.43;

    @TempDir
    Path temp;

    private Stage stage;
    private double reachTop;

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of(1920, 1080), Arguments.of(1080, 1920));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Starts the kiosk at this size and taps past the attract state. */
    private void begin(FxRobot robot, int width, int height) {
        WholeKiosk.open(robot, stage, temp, width, height);
        reachTop = height * (1 - (width > height ? LANDSCAPE_REACH : PORTRAIT_REACH));
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(ReachTest::showing).toList();
    }

    private boolean inReach(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= reachTop && b.getMaxY() <= stage.getScene().getHeight();
    }

    private void assertAllInReach(FxRobot robot, String query) {
        List<Node> controls = shown(robot, query);
        assertThat(controls).as("controls %s", query).isNotEmpty();
        for (Node control : controls) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            assertThat(inReach(control)).as("%s %s spans y %.0f–%.0f; reach starts at %.0f", query, control.getId(),
                    b.getMinY(), b.getMaxY(), reachTop).isTrue();
        }
    }

    /** A Close of the open card that lies in reach; tapping it closes the card. */
    private void closeInReach(FxRobot robot, String overlay) {
        Optional<Node> close = shown(robot, ".dialog-close").stream().filter(this::inReach).findFirst();
        assertThat(close).as("a Close in reach of %s", overlay).isPresent();
        robot.clickOn(close.get());
        assertThat(shown(robot, overlay)).as("%s after its Close", overlay).isEmpty();
    }

    /** Taps the dimmed background at the screen's edge beside the card, and the card closes. */
    private void tapBackground(FxRobot robot, String overlay, String card) {
        Node shownCard = robot.lookup(card).query();
        Bounds c = shownCard.localToScreen(shownCard.getLayoutBounds());
        double left = c.getMinX() - stage.getX();
        double right = stage.getX() + stage.getWidth() - c.getMaxX();
        // a few pixels inside the window's edge: the dimmed background reaches it
        Point2D spot = left > right ? new Point2D(stage.getX() + 4, c.getCenterY())
                : new Point2D(stage.getX() + stage.getWidth() - 4, c.getCenterY());
        robot.clickOn(spot);
        assertThat(shown(robot, overlay)).as("%s after a tap on its background at %s", overlay, spot).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("sizes")
    void theMapsButtonsAndItsPanelsCloseAreInReach(int width, int height, FxRobot robot) {
        begin(robot, width, height);
        robot.clickOn("#nav-map");
        assertAllInReach(robot, ".map-button");
        robot.clickOn(shown(robot, ".place-marker").get(0));
        assertThat(shown(robot, "#place-panel")).isNotEmpty();
        closeInReach(robot, "#place-panel");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("sizes")
    void theTimelinesChipsYearsAndZoomAndItsDetailsCloseAreInReach(int width, int height, FxRobot robot) {
        begin(robot, width, height);
        robot.clickOn("#nav-timeline");
        assertAllInReach(robot, ".phase-chip");
        assertAllInReach(robot, ".year-buttons .button");
        assertAllInReach(robot, ".zoom-buttons .button");
        robot.clickOn(shown(robot, ".phase-chip").get(0));
        assertAllInReach(robot, "#show-all-phases");
        robot.clickOn("#show-all-phases");

        robot.clickOn(shown(robot, ".event-card").get(0));
        assertThat(shown(robot, "#timeline-overlay")).isNotEmpty();
        closeInReach(robot, "#timeline-overlay");
        robot.clickOn(shown(robot, ".event-card").get(0));
        tapBackground(robot, "#timeline-overlay", ".detail-card");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("sizes")
    void thePeopleTabsAndThePersonCardsCloseAreInReach(int width, int height, FxRobot robot) {
        begin(robot, width, height);
        robot.clickOn("#nav-people");
        assertAllInReach(robot, ".people-tab");
        robot.clickOn(shown(robot, ".person-card").get(0));
        assertThat(shown(robot, "#person-detail-overlay")).isNotEmpty();
        assertAllInReach(robot, ".person-steps .button");
        closeInReach(robot, "#person-detail-overlay");
        robot.clickOn(shown(robot, ".person-card").get(0));
        tapBackground(robot, "#person-detail-overlay", "#person-detail");
    }
}
