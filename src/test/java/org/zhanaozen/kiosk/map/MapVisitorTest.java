package org.zhanaozen.kiosk.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Place;

/** A first-time visitor on the map, through the whole kiosk at 1920x1080, by taps alone (issue 12). */
@UiTest
class MapVisitorTest {

    /** A finger-sized target at 1080p. */
    private static final double FINGER = 60;

    @TempDir
    Path temp;

    private WholeKiosk kiosk;
    private Exhibit exhibit;

    @Start
    void start(Stage stage) {
        kiosk = WholeKiosk.start(stage, temp, 1920, 1080);
        exhibit = ContentLoader.load(kiosk.contentFolder()).valid().orElseThrow();
        stage.show();
    }

    private void openMap(FxRobot robot) {
        robot.clickOn("#attract-touch");
        robot.clickOn("#nav-map");
    }

    private MapScreen map() {
        return kiosk.frame().navigator().orElseThrow().screens().stream()
                .filter(MapScreen.class::isInstance).map(MapScreen.class::cast).findFirst().orElseThrow();
    }

    /** Lets a flight of the map end (the kiosk runs with motion, as at a venue). */
    private void settle() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !map().flight().isFlying());
        } catch (TimeoutException e) {
            throw new AssertionError("the map never stopped moving", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Place longestNamed() {
        return exhibit.places().stream().max(Comparator.comparingInt(place -> place.name().length())).orElseThrow();
    }

    /** Where a node is on the screen, as the robot taps. */
    private static Bounds onScreen(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }

    private boolean panelShows(FxRobot robot) {
        return robot.lookup("#place-panel").query().isVisible();
    }

    private void tapMarker(FxRobot robot, Place place) {
        robot.clickOn("#place-marker-" + place.id());
        settle();
    }

    @Test
    void theCloseButtonIsAnEmptySquareWhenThePlaceNameTakesTwoLines(FxRobot robot) {
        openMap(robot);
        tapMarker(robot, longestNamed());

        Label name = robot.lookup("#place-panel .place-panel-name").queryAs(Label.class);
        assertThat(name.getText()).isEqualTo(longestNamed().name());
        assertThat(name.getHeight()).as("the name takes two lines").isGreaterThan(1.8 * name.getFont().getSize());
        Button close = robot.lookup("#place-panel-close").queryButton();
        String shown = ((Text) close.lookup(".text")).getText();
        assertThat(shown).as("the Close button's words").isEqualTo(close.getText()).isNotBlank();
        assertThat(close.getWidth()).isGreaterThanOrEqualTo(close.prefWidth(-1) - 0.5);
    }

    @Test
    void aTapOnTheMapOutsideThePanelDoesNotCloseIt(FxRobot robot) {
        openMap(robot);
        Place home = exhibit.places().get(0);
        tapMarker(robot, home);
        assertThat(panelShows(robot)).isTrue();

        // low on the map's left: no marker, label, button or panel there
        Bounds view = onScreen(robot.lookup("#map-view").query());
        robot.clickOn(new Point2D(view.getMinX() + view.getWidth() * 0.3, view.getMinY() + view.getHeight() * 0.8));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(panelShows(robot)).isFalse();
        assertThat(map().model().selected()).isNull();
    }

    /** Closes any panel, goes back to the home view, then taps the place's marker there, as a visitor would. */
    private void openPanelFromHome(FxRobot robot, Place place) {
        if (panelShows(robot)) {
            robot.clickOn("#place-panel-close");
        }
        robot.clickOn("#map-back-home");
        settle();
        tapMarker(robot, place);
    }

    @Test
    void thePanelOpensOnTopOfTheMarkerJustTapped(FxRobot robot) {
        openMap(robot);
        for (Place place : exhibit.places()) {
            openPanelFromHome(robot, place);

            assertThat(panelShows(robot)).as(place.id()).isTrue();
            Bounds marker = onScreen(robot.lookup("#place-marker-" + place.id()).query());
            Bounds panel = onScreen(robot.lookup("#place-panel").query());
            Bounds view = onScreen(robot.lookup("#map-view").query());
            assertThat(marker.intersects(panel)).as("%s's marker %s under the panel %s", place.id(), marker, panel)
                    .isFalse();
            assertThat(view.contains(marker)).as("%s's marker on the map", place.id()).isTrue();
        }
    }

    @Test
    void thePanelsFixedHeightLeavesMostOfItEmpty(FxRobot robot) {
        openMap(robot);
        for (Place place : exhibit.places()) {
            openPanelFromHome(robot, place);

            Region panel = robot.lookup("#place-panel").queryAs(Region.class);
            Node last = panel.getChildrenUnmodifiable().stream().filter(Node::isManaged)
                    .reduce((first, second) -> second).orElseThrow();
            assertThat(panel.getHeight()).as("%s: the panel ends below what it shows", place.id())
                    .isCloseTo(last.getBoundsInParent().getMaxY() + panel.snappedBottomInset(), within(1.0));
            ScrollPane scroller = robot.lookup("#place-panel .scroll-pane").queryAs(ScrollPane.class);
            if (scroller.isManaged()) {
                double content = scroller.getContent().getLayoutBounds().getHeight();
                assertThat(scroller.getViewportBounds().getHeight()).as("%s: the list has room for itself", place.id())
                        .isCloseTo(content, within(1.0));
            }
        }
    }

    @Test
    void tappingAPlaceNameDoesNothing(FxRobot robot) {
        openMap(robot);
        Place home = exhibit.places().get(0);
        Node label = robot.lookup("#place-label-" + home.id()).query();
        assertThat(label.isVisible()).isTrue();

        // near the top of its target, above the name's words: a finger is not that precise
        Bounds bounds = onScreen(label);
        robot.clickOn(new Point2D(bounds.getCenterX(), bounds.getCenterY() - FINGER / 2 + 4));
        settle();

        assertThat(panelShows(robot)).isTrue();
        assertThat(robot.lookup("#place-panel .place-panel-name").queryAs(Label.class).getText())
                .isEqualTo(home.name());
    }

    @Test
    void placeNamesAndMarkersAreSmallerThanAFinger(FxRobot robot) {
        openMap(robot);
        for (Place place : exhibit.places()) {
            Bounds marker = onScreen(robot.lookup("#place-marker-" + place.id()).query());
            assertThat(marker.getWidth()).as(place.id()).isGreaterThanOrEqualTo(FINGER);
            assertThat(marker.getHeight()).as(place.id()).isGreaterThanOrEqualTo(FINGER);
            Node label = robot.lookup("#place-label-" + place.id()).query();
            if (label.isVisible()) {
                assertThat(onScreen(label).getHeight()).as(place.id() + "'s name").isGreaterThanOrEqualTo(FINGER);
                assertThat(label.isMouseTransparent() || label.getParent().isMouseTransparent())
                        .as(place.id() + "'s name answers a finger").isFalse();
            }
        }
    }
}
