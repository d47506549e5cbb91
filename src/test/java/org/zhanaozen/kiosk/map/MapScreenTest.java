package org.zhanaozen.kiosk.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.animation.Animation;
import javafx.animation.Timeline;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhanaozen.kiosk.TestStages;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Person;
import org.zhanaozen.kiosk.content.Place;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.TestTilesets;
import org.zhanaozen.kiosk.map.tiles.TilesetInfo;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The map screen on the fixture content and a base map made for it ({@link TestTilesets#fixtureBaseMap}): detailed
 * tiles around the home place and its port, coarser ones over the upland, and one more place, exact and far away.
 */
@UiTest
class MapScreenTest {

    /** An exact place with no event, in the coarser tiles, away from the others. */
    private static final String FAR_PLACE = """
              {
                "id": "lighthouse",
                "name": "The Lighthouse",
                "lat": 49.5,
                "lon": 77.0,
                "precision": "exact",
                "kind": "town"
              },
            """;

    @TempDir
    static Path content;

    private final Exhibit exhibit = ContentLoader.load(content).valid().orElseThrow();
    private final Place home = exhibit.home();
    private final Place portside = exhibit.place("portside").orElseThrow();
    private final Place upland = exhibit.place("upland-fields").orElseThrow();
    private final Place far = exhibit.place("lighthouse").orElseThrow();
    private final Navigator navigator = new Navigator();
    private final FakeScreen timeline = new FakeScreen();
    private MapScreen map;
    private Stage stage;

    /** Stands in for the timeline: opens event links and records them. */
    private static final class FakeScreen implements Screen {
        final List<Link> opened = new ArrayList<>();

        @Override
        public String id() {
            return "timeline";
        }

        @Override
        public String title() {
            return "Timeline";
        }


        @Override
        public Node view() {
            return new StackPane();
        }

        @Override
        public void reset() {
        }

        @Override
        public boolean canOpen(Link link) {
            return link instanceof Link.ToEvent;
        }

        @Override
        public void open(Link link) {
            opened.add(link);
        }
    }

    @BeforeAll
    static void writeContent() {
        // listed first, so that the home place is the one "home" names, not the first
        TestContent.writeTo(content).replace("places.json", "{ \"places\": [",
                "{ \"home\": \"harbourtown\", \"places\": [" + FAR_PLACE);
        TestTilesets.fixtureBaseMap(content);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.loadFonts();
        map = new MapScreen(exhibit, navigator, BaseMapSetup.open(content, Runnable::run), Motion.NONE);
        navigator.register(map);
        navigator.register(timeline);
        show(stage, (Parent) map.view());
    }

    private static void show(Stage stage, Parent root) {
        Scene scene = new Scene(root, 1920, 1080);
        Theme.apply(scene);
        TestStages.show(stage, scene);
        stage.show();
    }

    @Test
    void everyPlaceHasAMarkerCentredWhereTheMapPutsItsCoordinates(FxRobot robot) {
        robot.interact(map::showEverything);
        WaitForAsyncUtils.waitForFxEvents();

        for (Place place : exhibit.places()) {
            Node marker = robot.lookup("#place-marker-" + place.id()).query();
            Bounds bounds = marker.getBoundsInParent();
            Point2D expected = map.layer().pointOf(place);
            assertThat(bounds.getCenterX()).as(place.id()).isCloseTo(expected.getX(), within(0.5));
            assertThat(bounds.getCenterY()).as(place.id()).isCloseTo(expected.getY(), within(0.5));
            // a finger-sized target at 1080p
            assertThat(bounds.getWidth()).isGreaterThanOrEqualTo(60);
            assertThat(bounds.getHeight()).isGreaterThanOrEqualTo(60);
        }
    }

    @Test
    void exactAndApproximatePlacesAndTheHomePlaceAreMarkedDifferently(FxRobot robot) {
        assertThat(pseudoClasses(robot, "#place-marker-" + home.id())).contains("home").doesNotContain("approximate");
        assertThat(pseudoClasses(robot, "#place-marker-" + portside.id())).contains("approximate").doesNotContain("home");
        assertThat(pseudoClasses(robot, "#place-marker-" + far.id())).doesNotContain("approximate", "home");
    }

    @Test
    void visibleLabelsNeverOverlap(FxRobot robot) {
        for (Runnable view : List.<Runnable>of(map::showEverything, map::showOpeningView)) {
            robot.interact(view);
            WaitForAsyncUtils.waitForFxEvents();
            List<Bounds> shown = robot.lookup(".place-label").queryAllAs(Label.class).stream()
                    .filter(Node::isVisible).map(Node::getBoundsInParent).toList();
            assertThat(shown).isNotEmpty();
            for (int i = 0; i < shown.size(); i++) {
                for (int j = i + 1; j < shown.size(); j++) {
                    assertThat(shown.get(i).intersects(shown.get(j))).as("labels %d and %d", i, j).isFalse();
                }
            }
        }
        assertThat(robot.lookup("#place-label-" + home.id()).query().isVisible()).isTrue();
    }

    @Test
    void tappingAMarkerOpensItsPanelWithItsEventsInStoryOrder(FxRobot robot) {
        robot.clickOn("#place-marker-" + home.id());

        assertThat(robot.lookup("#place-panel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#place-panel .place-panel-name").queryAs(Label.class).getText())
                .isEqualTo(home.name());
        List<String> shown = robot.lookup(".place-event").queryAll().stream().map(Node::getId).toList();
        List<String> expected = exhibit.eventsAt(home.id()).stream().map(e -> "place-event-" + e.id()).toList();
        assertThat(shown).isEqualTo(expected).hasSizeGreaterThan(1);
        for (Person person : exhibit.peopleAt(home.id())) {
            assertThat(robot.lookup("#place-person-" + person.id()).tryQuery()).as(person.id()).isPresent();
        }
    }

    /** A place whose events name people. */
    private Place placeWithPeople() {
        return exhibit.places().stream().filter(place -> !exhibit.peopleAt(place.id()).isEmpty()).findFirst()
                .orElseThrow();
    }

    @Test
    void anEventInThePanelLeadsToThatEventOnTheTimeline(FxRobot robot) {
        robot.clickOn("#place-marker-" + home.id());
        Event first = exhibit.eventsAt(home.id()).get(0);

        robot.clickOn("#place-event-" + first.id());

        assertThat(timeline.opened).containsExactly(new Link.ToEvent(first.id()));
        assertThat(navigator.current()).isSameAs(timeline);
    }

    @Test
    void peopleWithoutAPeopleScreenAreNamedButNotOfferedAsLinks(FxRobot robot) {
        Place place = placeWithPeople();
        robot.interact(() -> map.open(new Link.ToPlace(place.id())));
        WaitForAsyncUtils.waitForFxEvents();

        Person named = exhibit.peopleAt(place.id()).get(0);
        assertThat((Object) robot.lookup("#place-person-" + named.id()).query()).isInstanceOf(Label.class);
    }

    @Test
    void plusAtTheDeepestZoomAndMinusAtTheWidestDoNothing(FxRobot robot) {
        int deepest = info().maxZoom();
        robot.interact(() -> map.open(new Link.ToPlaceAtZoom(home.id(), deepest + 3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.model().zoom()).isCloseTo(deepest, within(1e-6));
        robot.clickOn("#map-zoom-in");
        assertThat(map.model().zoom()).isCloseTo(deepest, within(1e-6));

        robot.interact(() -> map.open(new Link.ToPlaceAtZoom(home.id(), -3)));
        WaitForAsyncUtils.waitForFxEvents();
        double widest = map.model().zoom();
        assertThat(widest).isGreaterThanOrEqualTo(0);
        robot.clickOn("#map-zoom-out");
        assertThat(map.model().zoom()).isCloseTo(widest, within(1e-6));

        robot.clickOn("#map-zoom-in");
        assertThat(map.model().zoom()).isCloseTo(widest + 1, within(1e-6));
    }

    @Test
    void zoomingInWhereTheTilesAreCoarserStopsOneLevelPastTheMostDetailedThere(FxRobot robot) {
        int deepestThere = IntStream.rangeClosed(info().minZoom(), info().maxZoom())
                .filter(zoom -> info().coveredArea(zoom).filter(area -> area.contains(upland.lon(), upland.lat())).isPresent())
                .max().orElseThrow();
        assertThat(deepestThere).as("the fixture's tiles are coarser there").isLessThan(info().maxZoom() - 1);
        robot.interact(() -> map.open(new Link.ToPlaceAtZoom(upland.id(), info().maxZoom())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.model().zoom()).isCloseTo(deepestThere + 1, within(1e-6));
    }

    @Test
    void aPanPastTheDetailedTilesIsPulledBack(FxRobot robot) {
        int deepest = info().maxZoom();
        robot.interact(() -> map.open(new Link.ToPlaceAtZoom(home.id(), deepest)));
        robot.interact(() -> map.model().select(null));
        WaitForAsyncUtils.waitForFxEvents();
        // at the deepest zoom, the map may go where the level above it has tiles (one level past them)
        GeoBounds detailed = info().coveredArea(deepest - 1).orElseThrow();

        Node view = robot.lookup("#map-view").query();
        // a finger dragging on and on, in steps as a touch screen reports them
        for (int i = 0; i < 3; i++) {
            robot.drag(view);
            for (int step = 0; step < 10; step++) {
                robot.moveBy(93, 40);
            }
            robot.drop();
        }
        WaitForAsyncUtils.waitForFxEvents();

        GeoPoint centre = map.model().centre();
        assertThat(detailed.contains(centre.lon(), centre.lat())).as("centre %s inside %s", centre, detailed).isTrue();
        assertThat(map.model().zoom()).isCloseTo(deepest, within(1e-6));
    }

    @Test
    void placeLinksCentreThePlaceAndOpenItsPanel(FxRobot robot) {
        assertThat(map.canOpen(new Link.ToPlace(far.id()))).isTrue();
        assertThat(map.canOpen(new Link.ToPlaceAtZoom(portside.id(), 5))).isTrue();
        assertThat(map.canOpen(new Link.ToPlace("atlantis"))).isFalse();
        assertThat(map.canOpen(new Link.ToEvent(exhibit.events().get(0).id()))).isFalse();

        robot.interact(() -> map.open(new Link.ToPlaceAtZoom(far.id(), 6)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.model().selected().id()).isEqualTo(far.id());
        assertThat(map.model().zoom()).isCloseTo(6, within(1e-6));
        assertThat(map.model().centre().lat()).isCloseTo(far.lat(), within(0.01));
        assertThat(map.model().centre().lon()).isCloseTo(far.lon(), within(0.01));
        assertThat(robot.lookup("#place-panel .place-panel-name").queryAs(Label.class).getText()).isEqualTo(far.name());
    }

    @Test
    void resetReturnsToTheHomePlaceWithNoPanelOpen(FxRobot robot) {
        robot.interact(() -> map.open(new Link.ToPlace(far.id())));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(map::reset);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.model().selected()).isNull();
        assertThat(robot.lookup("#place-panel").query().isVisible()).isFalse();
        assertThat(map.model().zoom()).isCloseTo(exhibit.openings().mapZoom(), within(1e-6));
        assertThat(map.model().centre().lat()).isCloseTo(home.lat(), within(0.01));
        assertThat(map.model().centre().lon()).isCloseTo(home.lon(), within(0.01));
    }

    @Test
    void aResetWhileAnotherScreenShowsIsAppliedWhenTheMapReturns(FxRobot robot) {
        robot.interact(() -> map.open(new Link.ToPlace(far.id())));
        WaitForAsyncUtils.waitForFxEvents();
        StackPane elsewhere = new StackPane();
        robot.interact(() -> stage.getScene().setRoot(elsewhere));

        robot.interact(map::reset);
        robot.interact(() -> stage.getScene().setRoot((Parent) map.view()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.model().centre().lon()).isCloseTo(home.lon(), within(0.01));
        assertThat(map.model().zoom()).isCloseTo(exhibit.openings().mapZoom(), within(1e-6));
    }

    @Test
    void theAttributionIsOnTheMap(FxRobot robot) {
        assertThat(robot.lookup("#map-attribution").queryAs(Label.class).getText())
                .isEqualTo(Messages.text("map.attribution"));
        assertThat(robot.lookup("#map-attribution").query().isVisible()).isTrue();
    }

    @Test
    void aCorruptBaseMapIsReportedAndThePlacesStillShow(FxRobot robot, @TempDir Path folder)
            throws IOException {
        TestContent.writeTo(folder);
        Files.createDirectories(folder.resolve("map"));
        Files.write(folder.resolve("map/basemap.mbtiles"), "not a database at all, just words".repeat(100).getBytes());
        Exhibit copy = ContentLoader.load(folder).valid().orElseThrow();
        MapScreen broken = new MapScreen(copy, new Navigator(), BaseMapSetup.open(folder, Runnable::run),
                Motion.NONE);

        robot.interact(() -> show(stage, (Parent) broken.view()));
        robot.interact(broken::showEverything);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(broken.baseMapProblem()).hasValueSatisfying(problem -> assertThat(problem).contains("basemap"));
        Node marker = robot.lookup("#place-marker-" + copy.home().id()).query();
        assertThat(marker.getScene()).isSameAs(stage.getScene());
        Point2D expected = broken.layer().pointOf(copy.home());
        assertThat(marker.getBoundsInParent().getCenterX()).isCloseTo(expected.getX(), within(0.5));
    }

    @Test
    void withMotionAPlaceLinkFliesOutAndBackInAndEndsOnThePlace(FxRobot robot) {
        MapScreen smooth = new MapScreen(exhibit, navigator, BaseMapSetup.open(content, Runnable::run),
                Motion.SMOOTH);
        robot.interact(() -> show(stage, (Parent) smooth.view()));
        WaitForAsyncUtils.waitForFxEvents();
        Timeline animation = smooth.flight().timeline();

        // held still, then stepped by hand: the test never waits for the clock
        robot.interact(() -> {
            smooth.open(new Link.ToPlaceAtZoom(far.id(), 6));
            animation.pause();
        });
        assertThat(smooth.flight().isFlying()).isTrue();
        assertThat(animation.getTotalDuration().toMillis()).isBetween(500.0, 2200.0);

        robot.interact(() -> animation.jumpTo(animation.getTotalDuration().divide(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(smooth.model().centre().lon()).isStrictlyBetween(home.lon(), far.lon());
        assertThat(smooth.model().zoom()).as("zoomed out on the way").isLessThan(6 - 0.25);

        robot.interact(() -> animation.jumpTo(animation.getTotalDuration()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(smooth.model().zoom()).isCloseTo(6, within(1e-6));
        assertThat(smooth.model().centre().lat()).isCloseTo(far.lat(), within(0.01));
        assertThat(smooth.model().centre().lon()).isCloseTo(far.lon(), within(0.01));
        assertThat(smooth.model().selected().id()).isEqualTo(far.id());
    }

    @Test
    void withMotionShowEverythingAndBackHomeEndWhereTheJumpsDo(FxRobot robot) {
        robot.interact(map::showEverything);
        WaitForAsyncUtils.waitForFxEvents();
        GeoPoint everythingCentre = map.model().centre();
        double everythingZoom = map.model().zoom();
        MapScreen smooth = new MapScreen(exhibit, navigator, BaseMapSetup.open(content, Runnable::run),
                Motion.SMOOTH);
        robot.interact(() -> show(stage, (Parent) smooth.view()));
        WaitForAsyncUtils.waitForFxEvents();
        Timeline animation = smooth.flight().timeline();

        robot.interact(() -> {
            robot.lookup("#map-show-everything").queryButton().fire();
            animation.jumpTo(animation.getTotalDuration());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(smooth.model().zoom()).isCloseTo(everythingZoom, within(1e-6));
        assertThat(smooth.model().centre().lat()).isCloseTo(everythingCentre.lat(), within(1e-4));
        assertThat(smooth.model().centre().lon()).isCloseTo(everythingCentre.lon(), within(1e-4));

        robot.interact(() -> {
            robot.lookup("#map-back-home").queryButton().fire();
            animation.jumpTo(animation.getTotalDuration());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(smooth.model().zoom()).isCloseTo(exhibit.openings().mapZoom(), within(1e-6));
        assertThat(smooth.model().centre().lon()).isCloseTo(home.lon(), within(0.01));
    }

    @Test
    void withoutMotionNothingFlies(FxRobot robot) {
        robot.interact(() -> map.open(new Link.ToPlace(far.id())));

        assertThat(map.flight().isFlying()).isFalse();
        assertThat(map.flight().timeline().getStatus()).isEqualTo(Animation.Status.STOPPED);
    }

    @Test
    void aTouchOnTheMapStopsAFlightWhereItIs(FxRobot robot) {
        MapScreen smooth = new MapScreen(exhibit, navigator, BaseMapSetup.open(content, Runnable::run),
                Motion.SMOOTH);
        robot.interact(() -> show(stage, (Parent) smooth.view()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            smooth.open(new Link.ToPlace(far.id()));
            smooth.flight().timeline().pause();
        });

        robot.moveTo("#map-view").press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);

        assertThat(smooth.flight().isFlying()).isFalse();
        assertThat(smooth.flight().timeline().getStatus()).isEqualTo(Animation.Status.STOPPED);
    }

    private TilesetInfo info() {
        return org.zhanaozen.kiosk.map.tiles.BaseMapTiles.source().info().orElseThrow();
    }

    private static List<String> pseudoClasses(FxRobot robot, String query) {
        return robot.lookup(query).query().getPseudoClassStates().stream().map(Object::toString).toList();
    }
}
