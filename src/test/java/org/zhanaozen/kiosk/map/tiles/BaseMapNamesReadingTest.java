package org.zhanaozen.kiosk.map.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a tileset's own names are, as the map screen reads them: which are on screen at a zoom, and their covers. */
class BaseMapNamesReadingTest {

    private static final GeoBounds DETAIL = new GeoBounds(10, 40, 20, 50);
    private static final byte[] TILE = TestTilesets.image(Color.GRAY, 16, "png");

    @TempDir
    Path folder;

    /** World tiles at zoom 2–3, and zoom 4–5 only over {@link #DETAIL}. */
    private TestTilesets tileset() {
        return TestTilesets.png().tilesOver(GeoBounds.WORLD, 2, TILE).tilesOver(GeoBounds.WORLD, 3, TILE)
                .tilesOver(DETAIL, 4, TILE).tilesOver(DETAIL, 5, TILE);
    }

    private static GeoBounds box(double lon, double lat) {
        return new GeoBounds(lon, lat, lon + 1, lat + 0.5);
    }

    @Test
    void theNamesOnScreenAreThoseOfTheLevelWhoseTilesAreShownThere() {
        byte[] ground = TestTilesets.image(Color.GREEN, 8, "png");
        Path file = tileset()
                .name(3, box(12, 45), null, ground)          // inside the detail: replaced by level 4 and 5 names
                .name(3, box(-60, 10), null, ground)         // outside it: still on screen at zoom 5
                .name(4, box(14, 44), new BaseMapNames.GeoPoint(14.2, 44.2), ground)
                .name(5, box(15, 46), null, ground)
                .writeTo(folder.resolve("names.mbtiles"));
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            TilesetInfo info = source.info().orElseThrow();
            BaseMapNames names = source.names();

            assertThat(zooms(names.shownIn(GeoBounds.WORLD, 3.0, info))).containsExactlyInAnyOrder(3, 3);
            // Gluon shows the next level's tiles from .8 of a level up
            assertThat(zooms(names.shownIn(GeoBounds.WORLD, 3.7, info))).containsExactlyInAnyOrder(3, 3);
            assertThat(zooms(names.shownIn(GeoBounds.WORLD, 3.8, info))).containsExactlyInAnyOrder(3, 4);
            assertThat(zooms(names.shownIn(GeoBounds.WORLD, 5.0, info))).containsExactlyInAnyOrder(3, 5);
            // past the deepest level, its names stay
            assertThat(zooms(names.shownIn(GeoBounds.WORLD, 7.5, info))).containsExactlyInAnyOrder(3, 5);
            // only what is in view
            assertThat(names.shownIn(new GeoBounds(-70, 0, -50, 20), 5.0, info)).singleElement()
                    .satisfies(name -> assertThat(name.box()).isEqualTo(box(-60, 10)));

            BaseMapNames.Name town = names.shownIn(GeoBounds.WORLD, 4.0, info).stream()
                    .filter(name -> name.zoom() == 4).findFirst().orElseThrow();
            assertThat(town.point()).contains(new BaseMapNames.GeoPoint(14.2, 44.2));
            assertThat(source.groundUnder(town)).contains(ground);
        }
    }

    private static List<Integer> zooms(List<BaseMapNames.Name> names) {
        return names.stream().map(BaseMapNames.Name::zoom).toList();
    }

    @Test
    void aTilesetThatDoesNotSayWhereItsNamesAreHasNone() {
        Path file = tileset().writeTo(folder.resolve("plain.mbtiles"));
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            assertThat(source.names().isEmpty()).isTrue();
            assertThat(source.warnings()).isEmpty();
        }
    }

    @Test
    void aNamesTableTheKioskCannotReadIsAWarningAndTheMapStillWorks() throws Exception {
        Path file = tileset().writeTo(folder.resolve("odd.mbtiles"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + BaseMapNames.TABLE + " (zoom_level INTEGER, text TEXT)");
        }
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            assertThat(source.problem()).isEmpty();
            assertThat(source.names().isEmpty()).isTrue();
            assertThat(source.warnings()).singleElement().asString()
                    .startsWith(file + ": the table label_boxes (where the tiles' names are) cannot be read (")
                    .endsWith("): the exhibit's labels may cover the base map's names");
        }
    }
}
