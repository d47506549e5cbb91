package org.zhanaozen.kiosk.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
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
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Place;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.MbtilesTileRetriever;
import org.zhanaozen.kiosk.map.tiles.TestTilesets;
import org.zhanaozen.kiosk.map.tiles.WebMercator;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * A regional base map (western Europe only, zoom 5–6) under content whose places reach far beyond it: every place
 * stays reachable, on the plain tile where the base map has none.
 */
@UiTest
class RegionalBaseMapTest {

    /** Fixture places: one on the tiles, four east of them (two exact, one approximate country among them). */
    private static final String PLACES = """
            { "places": [
              { "id": "harbourtown", "name": "Harbourtown", "lat": 43.34, "lon": 52.86, "precision": "exact", "kind": "town" },
              { "id": "portside", "name": "Portside", "lat": 43.65, "lon": 51.17, "precision": "exact", "kind": "city" },
              { "id": "lisbon", "name": "Lisbon", "lat": 38.72, "lon": -9.14, "precision": "exact", "kind": "city" },
              { "id": "almaty", "name": "Almaty", "lat": 43.24, "lon": 76.89, "precision": "exact", "kind": "city" },
              { "id": "steppe", "name": "Steppe", "lat": 48.0, "lon": 67.0, "precision": "approximate", "kind": "region" }
            ] }
            """;
    private static final GeoBounds WESTERN_EUROPE = new GeoBounds(-12, 36, 30, 60);
    /** Blue ground, red middle: a real tile is red in its middle, the plain tile blue all over. */
    private static final byte[] TILE = TestTilesets.image(Color.BLUE, Color.RED, 64, "png");

    @TempDir
    static Path folder;

    private Exhibit exhibit;
    private MapScreen map;

    @BeforeAll
    static void writeContent() throws Exception {
        TestContent.writeTo(folder).withPlaces(PLACES);
        Files.createDirectories(folder.resolve("map"));
        TestTilesets.png().tilesOver(WESTERN_EUROPE, 5, TILE).tilesOver(WESTERN_EUROPE, 6, TILE)
                .writeTo(folder.resolve("map/basemap.mbtiles"));
    }

    @Start
    void start(Stage stage) {
        exhibit = ContentLoader.load(folder).valid().orElseThrow();
        Theme.loadFonts();
        map = new MapScreen(exhibit, new Navigator(), BaseMapSetup.open(folder, Runnable::run), Motion.NONE);
        Scene scene = new Scene((Parent) map.view(), 1920, 1080);
        Theme.apply(scene);
        TestStages.show(stage, scene);
        stage.show();
    }

    @Test
    void showEverythingFramesEveryPlaceEvenBeyondTheTiles(FxRobot robot) {
        robot.interact(map::showEverything);
        WaitForAsyncUtils.waitForFxEvents();

        Bounds view = robot.lookup("#map-view").query().getLayoutBounds();
        assertThat(map.model().zoom()).as("zoomed out past the tiles' lowest level").isLessThan(5);
        for (Place place : exhibit.places()) {
            Point2D at = map.layer().pointOf(place);
            assertThat(at.getX()).as(place.id()).isBetween(0.0, view.getWidth());
            assertThat(at.getY()).as(place.id()).isBetween(0.0, view.getHeight());
        }
    }

    @Test
    void aLinkToAPlaceOutsideTheTilesCentresItOnThePlainTile(FxRobot robot) throws Exception {
        for (String id : List.of("almaty", "steppe", "harbourtown", "portside")) {
            robot.interact(() -> map.open(new Link.ToPlace(id)));
            WaitForAsyncUtils.waitForFxEvents();

            Place place = exhibit.place(id).orElseThrow();
            assertThat(map.model().selected()).isEqualTo(place);
            assertThat(map.model().centre().lat()).as(id).isCloseTo(place.lat(), within(0.01));
            assertThat(map.model().centre().lon()).as(id).isCloseTo(place.lon(), within(0.01));
        }
        // a place on the tiles, near their edge: the view stays on the tiles, with the place in it
        robot.interact(() -> map.open(new Link.ToPlace("lisbon")));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds view = robot.lookup("#map-view").query().getLayoutBounds();
        Point2D lisbon = map.layer().pointOf(exhibit.place("lisbon").orElseThrow());
        assertThat(view.contains(lisbon)).as("Lisbon at %s in %s", lisbon, view).isTrue();

        // what the map draws at the deepest level around Almaty is the plain tile; over Lisbon, the real one
        assertThat(middleOfTileAt(exhibit.place("almaty").orElseThrow(), 6)).isEqualTo(javafx.scene.paint.Color.BLUE);
        assertThat(middleOfTileAt(exhibit.place("lisbon").orElseThrow(), 6)).isEqualTo(javafx.scene.paint.Color.RED);
    }

    private static javafx.scene.paint.Color middleOfTileAt(Place place, int zoom) throws Exception {
        Image tile = new MbtilesTileRetriever()
                .loadTile(zoom, WebMercator.tileColumn(place.lon(), zoom), WebMercator.tileRow(place.lat(), zoom))
                .get(5, TimeUnit.SECONDS);
        return tile.getPixelReader().getColor((int) tile.getWidth() / 2, (int) tile.getHeight() / 2);
    }
}
