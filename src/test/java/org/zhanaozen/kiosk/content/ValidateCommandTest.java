package org.zhanaozen.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.TestTilesets;

class ValidateCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private static final String BASE_MAP = "map/basemap.mbtiles";
    /** A world tile: the fixture's places are on it. */
    private static final byte[] WORLD = TestTilesets.image(Color.BLUE, 64, "png");

    private Path baseMap() throws IOException {
        return Files.createDirectories(temp.resolve("map")).resolve("basemap.mbtiles");
    }

    private void writeBaseMap(TestTilesets tileset) throws IOException {
        tileset.writeTo(baseMap());
    }

    private String validSummary(String warnings) {
        return "Content in " + temp + " is valid: 8 events, 3 places, 3 people, 3 demands" + warnings + ".";
    }

    @Test
    void validContentPrintsASummaryAndExitsWithZero() throws IOException {
        TestContent.writeTo(temp);
        writeBaseMap(TestTilesets.png().tile(0, 0, 0, WORLD));

        assertThat(ValidateCommand.run(temp, out)).isZero();
        assertThat(printed()).isEqualTo(validSummary("") + System.lineSeparator());
    }

    @Test
    void invalidContentPrintsEveryProblemThenACountAndExitsWithOne() throws IOException {
        TestContent content = TestContent.writeTo(temp);
        writeBaseMap(TestTilesets.png().tile(0, 0, 0, WORLD));
        content.replace(ContentLoader.PLACES, "\"lat\": 43.34", "\"lat\": \"north\"");
        content.replace(ContentLoader.EVENTS, "[\"portside\"]", "[\"aqtau\"]");
        int latLine = content.lineOf(ContentLoader.PLACES, "north");
        int placeLine = content.lineOf(ContentLoader.EVENTS, "aqtau");
        int placeColumn = content.columnOf(ContentLoader.EVENTS, "\"aqtau\"");

        assertThat(ValidateCommand.run(temp, out)).isEqualTo(1);
        assertThat(printed().lines()).containsExactly(
                "events.json:" + placeLine + ":" + placeColumn + ": unknown place \"aqtau\" (not in places.json)",
                "places.json:" + latLine + ":12: \"lat\" must be a number, not text (\"north\")",
                "2 problems in " + temp + ".");
    }

    @Test
    void baseMapsTheMapCannotUseAreErrors() throws Exception {
        TestContent.writeTo(temp);
        Path file = baseMap();
        // what each file is, and what --validate says about it
        record Case(String what, ThrowingWriter write, String expected) {
        }
        String plain = " (the map would show its places on a plain background)";
        List<Case> cases = List.of(
                new Case("a text file", () -> Files.writeString(file, "tiles go here\n".repeat(200)),
                        "not an SQLite file"),
                new Case("an empty file", () -> Files.write(file, new byte[0]),
                        "not an MBTiles file (no such table: metadata)"),
                new Case("an SQLite file without tables", () -> {
                    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                         var statement = connection.createStatement()) {
                        statement.execute("CREATE TABLE t (x)");
                        statement.execute("DROP TABLE t");
                    }
                }, "not an MBTiles file (no such table: metadata)"),
                new Case("WebP tiles labelled png", () -> TestTilesets.png().tile(0, 0, 0, TestTilesets.webp())
                        .writeTo(file), "the tiles are WebP (format 'png' in the metadata): the kiosk shows PNG or"
                        + " JPEG raster tiles only"),
                new Case("vector tiles in an older file", () -> TestTilesets.olderWithImagesTable()
                        .tile(0, 0, 0, TestTilesets.gzippedVectorTile()).writeTo(file),
                        "the tiles are gzip-compressed (vector) data: the kiosk shows PNG or JPEG raster tiles only"));
        for (Case c : cases) {
            Files.deleteIfExists(file);
            c.write().run();
            output.reset();

            assertThat(ValidateCommand.run(temp, out)).as(c.what()).isEqualTo(1);
            assertThat(printed().lines()).as(c.what()).containsExactly(
                    BASE_MAP + ": " + c.expected() + plain, "1 problem in " + temp + ".");
        }
    }

    private interface ThrowingWriter {
        void run() throws Exception;
    }

    @Test
    void baseMapsThatOnlyWorkLessWellAreWarningsAndTheContentStaysValid() throws IOException {
        TestContent.writeTo(temp);

        // no base map at all
        assertThat(ValidateCommand.run(temp, out)).isZero();
        assertThat(printed().lines()).containsExactly(
                BASE_MAP + ": warning: no base map: the map shows its places on a plain background",
                validSummary("; 1 warning"));

        // an older file without a format row, whose zoom metadata contradicts its tiles, with some WebP tiles
        TestTilesets older = TestTilesets.olderWithImagesTable().metadata("minzoom", "5").metadata("maxzoom", "2");
        for (int zoom = 0; zoom <= 2; zoom++) {
            older.tile(zoom, 0, 0, WORLD);
        }
        writeBaseMap(older.tile(2, 1, 0, TestTilesets.webp()).tile(2, 2, 0, TestTilesets.webp()));
        output.reset();
        assertThat(ValidateCommand.run(temp, out)).isZero();
        assertThat(printed().lines()).containsExactly(
                BASE_MAP + ": warning: the metadata has no 'format' (an older MBTiles file): the tiles are PNG,"
                        + " told from their data",
                BASE_MAP + ": warning: the metadata says zoom 5–2 but the tiles are at zoom 0–2: the kiosk uses the"
                        + " tiles' zooms",
                BASE_MAP + ": warning: 2 of 5 tiles are not PNG or JPEG (WebP: 2): they show as plain tiles",
                validSummary("; 3 warnings"));
    }

    @Test
    void placesTheBaseMapHasNoTilesForAreAWarning() throws IOException {
        TestContent.writeTo(temp);
        // a regional map of western Europe, far from the fixture's places on the Caspian
        writeBaseMap(TestTilesets.png().tilesOver(new GeoBounds(-10, 36, 15, 55), 4, WORLD));

        assertThat(ValidateCommand.run(temp, out)).isZero();
        assertThat(printed().lines()).containsExactly(
                BASE_MAP + ": warning: no tiles where these places are (places.json): harbourtown, portside, upland-fields; the map"
                        + " shows them on a plain background",
                validSummary("; 1 warning"));
    }

    @Test
    void contentProblemsAndABaseMapErrorAreCountedTogether() throws IOException {
        TestContent content = TestContent.writeTo(temp);
        content.replace(ContentLoader.PLACES, "\"lat\": 43.34", "\"lat\": \"north\"");
        Files.writeString(baseMap(), "not a database");

        assertThat(ValidateCommand.run(temp, out)).isEqualTo(1);
        assertThat(printed().lines()).last().isEqualTo("2 problems in " + temp + ".");
    }

    @Test
    void missingFolderIsOneProblem() {
        Path nowhere = temp.resolve("nowhere");

        assertThat(ValidateCommand.run(nowhere, out)).isEqualTo(1);
        assertThat(printed().lines()).containsExactly(
                nowhere + ": the content folder does not exist", "1 problem in " + nowhere + ".");
    }

    @Test
    void neverPrintsAStackTrace() {
        assertThat(ValidateCommand.run(null, out)).isEqualTo(1);
        assertThat(printed()).doesNotContain("Exception", "\tat ");
        assertThat(printed().lines()).hasSize(2);
    }
}
