package org.zhanaozen.kiosk.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Place;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.TestTilesets;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

/**
 * Issue 12, defect 11, second half: base-map text never sits under an exhibit label. The base map's names are baked
 * into its tiles; the tileset says where each is. The whole kiosk, opened on the map by taps, on fixture tiles with
 * fixture names around the place the map opens on.
 */
@UiTest
class BaseMapNamesTest {

    private static final javafx.scene.paint.Color TILE = javafx.scene.paint.Color.BLUE;
    private static final javafx.scene.paint.Color GROUND_UNDER_NAME = javafx.scene.paint.Color.LIME;
    private static final GeoBounds TILED = new GeoBounds(30, 30, 75, 55);
    /** The fixture's places, none near the one the map opens on: the names below are all that is in its way. */
    /** The content's own opening zoom, not the default: the names are drawn at the zoom the map opens on. */
    private static final int OPENING_ZOOM = 5;
    private static final String PLACES = """
            { "openingZoom": 5, "places": [
              { "id": "harbourtown", "name": "Opening town", "lat": 44.0, "lon": 50.0, "precision": "exact", "kind": "town" },
              { "id": "portside", "name": "Far city", "lat": 50.0, "lon": 70.0, "precision": "exact", "kind": "city" }
            ] }
            """;

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of(1280, 720), Arguments.of(1080, 1920));
    }

    /** Starts the kiosk on the fixture content with these base-map names at the opening zoom, and taps to the map. */
    private void openMap(FxRobot robot, int width, int height, List<GeoBounds> names) throws Exception {
        Path content = temp.resolve("content");
        TestContent.writeTo(content).withPlaces(PLACES);
        byte[] tile = TestTilesets.image(Color.BLUE, 64, "png");
        TestTilesets tileset = TestTilesets.png();
        for (int zoom = 3; zoom <= 7; zoom++) {
            tileset.tilesOver(TILED, zoom, tile);
        }
        for (GeoBounds name : names) {
            tileset.name(OPENING_ZOOM, name, null, TestTilesets.image(Color.GREEN, 16, "png"));
        }
        Path file = content.resolve(ContentLoader.BASE_MAP);
        Files.createDirectories(file.getParent());
        tileset.writeTo(file);
        WholeKiosk.openOn(robot, stage, temp, content, width, height);
        robot.clickOn("#nav-map");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Place fixturePlace(String id) {
        Path content = temp.resolve("places");
        TestContent.writeTo(content).withPlaces(PLACES);
        return ContentLoader.load(content).valid().orElseThrow().place(id).orElseThrow();
    }

    /** The pill a place's label draws (its tap target is taller), in the scene. */
    private static Bounds pill(FxRobot robot, Place place) {
        Label label = robot.lookup("#place-label-" + place.id()).queryAs(Label.class);
        assertThat(label.isVisible()).as("the label of %s is shown", place.id()).isTrue();
        javafx.geometry.Insets insets = label.getBackground().getFills().get(0).getInsets();
        Bounds box = label.getLayoutBounds();
        return label.localToScene(new BoundingBox(box.getMinX() + insets.getLeft(), box.getMinY() + insets.getTop(),
                box.getWidth() - insets.getLeft() - insets.getRight(),
                box.getHeight() - insets.getTop() - insets.getBottom()));
    }

    /** Where a base-map name is on screen: measured from a place's marker, at the opening zoom, as the map is scaled. */
    private static Bounds onScreen(FxRobot robot, GeoBounds name, Place anchor) {
        Node marker = robot.lookup("#place-marker-" + anchor.id()).query();
        Bounds markerBounds = marker.localToScene(marker.getLayoutBounds());
        double scale = marker.getLocalToSceneTransform().getMxx();
        double pixelsPerWorld = 256 * Math.pow(2, OPENING_ZOOM) * scale;
        Point2D centre = new Point2D(markerBounds.getCenterX(), markerBounds.getCenterY());
        double west = centre.getX() + (WebMercator.worldX(name.west()) - WebMercator.worldX(anchor.lon())) * pixelsPerWorld;
        double east = centre.getX() + (WebMercator.worldX(name.east()) - WebMercator.worldX(anchor.lon())) * pixelsPerWorld;
        double north = centre.getY() + (WebMercator.worldY(name.north()) - WebMercator.worldY(anchor.lat())) * pixelsPerWorld;
        double south = centre.getY() + (WebMercator.worldY(name.south()) - WebMercator.worldY(anchor.lat())) * pixelsPerWorld;
        return new BoundingBox(west, north, east - west, south - north);
    }

    private static javafx.scene.paint.Color colourAt(FxRobot robot, Stage stage, double x, double y) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        return shot[0].getPixelReader().getColor((int) x, (int) y);
    }

    private static List<Node> visibleCovers(FxRobot robot) {
        return robot.lookup(".base-name-cover").queryAll().stream().filter(Node::isVisible).toList();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("sizes")
    void aLabelMovesToASideOfItsMarkerThatNoBaseMapNameIsOn(int width, int height, FxRobot robot) throws Exception {
        // a name just east of the opening place, where its label goes when nothing is in the way
        Place home = fixturePlace("harbourtown");
        GeoBounds east = new GeoBounds(home.lon() + 0.15, home.lat() - 0.08, home.lon() + 3, home.lat() + 0.08);

        openMap(robot, width, height, List.of(east));
        Bounds name = onScreen(robot, east, home);
        Bounds marker = robot.lookup("#place-marker-" + home.id()).query().localToScene(
                robot.lookup("#place-marker-" + home.id()).query().getLayoutBounds());
        assertThat(name.contains(marker.getMaxX() + 4, marker.getCenterY())).as("the name starts at the marker").isTrue();
        Bounds label = pill(robot, home);
        assertThat(label.intersects(name)).as("the label %s keeps off the name %s", label, name).isFalse();
        assertThat(visibleCovers(robot)).as("no name needs hiding").isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("sizes")
    void aNameOnEverySideIsHiddenUnderTheMapAsItIsWithoutIt(int width, int height, FxRobot robot) throws Exception {
        Place home = fixturePlace("harbourtown");
        GeoBounds around = new GeoBounds(home.lon() - 2.5, home.lat() - 1.2, home.lon() + 2.5, home.lat() + 1.2);

        openMap(robot, width, height, List.of(around));
        Bounds name = onScreen(robot, around, home);
        Bounds label = pill(robot, home);
        assertThat(label.intersects(name)).as("no side of the marker is free of the name").isTrue();

        List<Node> covers = visibleCovers(robot);
        assertThat(covers).as("the one name is hidden").hasSize(1);
        Bounds cover = covers.get(0).localToScene(covers.get(0).getLayoutBounds());
        assertThat(cover.getMinX()).isCloseTo(name.getMinX(), within(2.0));
        assertThat(cover.getMinY()).isCloseTo(name.getMinY(), within(2.0));
        assertThat(cover.getMaxX()).isCloseTo(name.getMaxX(), within(2.0));
        assertThat(cover.getMaxY()).isCloseTo(name.getMaxY(), within(2.0));
        // what a visitor sees: the map without the name inside its box, the tiles outside it
        assertThat(colourAt(robot, stage, name.getMaxX() - 4, name.getMinY() + 4)).isEqualTo(GROUND_UNDER_NAME);
        assertThat(colourAt(robot, stage, name.getMaxX() + 4, name.getMinY() - 4)).isEqualTo(TILE);
    }
}
