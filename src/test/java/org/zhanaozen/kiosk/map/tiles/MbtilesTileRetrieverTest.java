package org.zhanaozen.kiosk.map.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.BundledContent;

class MbtilesTileRetrieverTest {

    private static final Executor DIRECT = Runnable::run;
    private static final java.awt.Color RED = java.awt.Color.RED;
    private static final java.awt.Color BLUE = java.awt.Color.BLUE;

    @TempDir
    Path folder;

    private MbtilesTileSource source;

    @BeforeAll
    static void startJavaFx() {
        TestTilesets.startJavaFx();
    }

    @AfterEach
    void closeSource() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void readsPngTiles() {
        use(TestTilesets.png().tile(0, 0, 0, TestTilesets.image(RED, 256, "png")));

        assertThat(colorOf(load(0, 0, 0))).isEqualTo(Color.RED);
    }

    @Test
    void readsJpgTiles() {
        use(TestTilesets.png().metadata("format", "jpg").tile(0, 0, 0, TestTilesets.image(BLUE, 256, "jpg")));

        Color color = colorOf(load(0, 0, 0));
        assertThat(color.getBlue()).isCloseTo(1.0, within(0.05));
        assertThat(color.getRed()).isCloseTo(0.0, within(0.05));
    }

    @Test
    void flipsXyzRowsToTheTmsRowsMbtilesStores() {
        // zoom 2: XYZ row 0 (north) is TMS row 3, XYZ row 3 is TMS row 0
        use(TestTilesets.png().metadata("minzoom", "2").metadata("maxzoom", "2")
                .tile(2, 1, 3, TestTilesets.image(RED, 256, "png"))
                .tile(2, 1, 0, TestTilesets.image(BLUE, 256, "png")));

        assertThat(colorOf(load(2, 1, 0))).isEqualTo(Color.RED);
        assertThat(colorOf(load(2, 1, 3))).isEqualTo(Color.BLUE);
    }

    @Test
    void aMissingTileIsTheNeutralTile() {
        use(TestTilesets.png().tile(1, 0, 0, TestTilesets.image(RED, 256, "png")));

        assertNeutral(load(1, 1, 1), Color.RED);
    }

    @Test
    void aTileMissingAtADetailedZoomIsTheMatchingPartOfTheNearestLowerZoomTile() {
        // zoom 0 holds a red tile; zoom 1 only its north-west quarter (blue); zoom 2 only its north-west corner tile
        use(TestTilesets.png().metadata("minzoom", "0").metadata("maxzoom", "2")
                .tile(0, 0, 0, TestTilesets.image(RED, 256, "png"))
                .tile(1, 0, 1, TestTilesets.image(BLUE, 256, "png"))  // TMS row 1 is XYZ row 0
                .tile(2, 0, 3, TestTilesets.image(BLUE, 256, "png")));

        Image underBlue = load(2, 1, 1);
        Image underRed = load(2, 3, 3);

        assertThat(underBlue.getWidth()).isEqualTo(128);
        assertThat(colorOf(underBlue)).isEqualTo(Color.BLUE);
        assertThat(underRed.getWidth()).isEqualTo(64);
        assertThat(colorOf(underRed)).isEqualTo(Color.RED);
    }

    @Test
    void aZoomWithoutTilesIsTheNeutralTileAndMinzoomAndMaxzoomDoNotHideStoredTiles() {
        // the metadata says zoom 1 only, but zoom 2 has a tile too: the tiles are trusted
        use(TestTilesets.png().metadata("minzoom", "1").metadata("maxzoom", "1")
                .tile(1, 0, 0, TestTilesets.image(RED, 256, "png"))
                .tile(2, 0, 0, TestTilesets.image(BLUE, 256, "png")));

        assertThat(colorOf(load(2, 0, 3))).isEqualTo(Color.BLUE);
        assertNeutral(load(3, 0, 7), Color.RED);
        assertNeutral(load(0, 0, 0), Color.RED);
        assertNeutral(load(-1, 0, 0), Color.RED);
    }

    @Test
    void aTileOutsideTheBoundsIsTheNeutralTile() {
        // bounds in the north-east quarter only; the stored south-west tile is not shown
        use(TestTilesets.png().metadata("bounds", "10,10,170,80")
                .tile(1, 0, 0, TestTilesets.image(RED, 256, "png"))
                .tile(1, 1, 1, TestTilesets.image(BLUE, 256, "png")));

        assertNeutral(load(1, 0, 1), Color.TRANSPARENT);
        assertThat(colorOf(load(1, 1, 0))).isEqualTo(Color.BLUE);
    }

    @Test
    void aTileThatIsNotAnImageIsTheNeutralTile() {
        use(TestTilesets.png().tile(1, 0, 0, TestTilesets.image(RED, 256, "png")).tile(1, 1, 1, new byte[] {1, 2, 3, 4}));

        assertNeutral(load(1, 1, 0), Color.TRANSPARENT);
    }

    @Test
    void theNeutralTileHasTheDeclaredTileSize() {
        use(TestTilesets.png().metadata(MbtilesTileSource.TILE_SIZE_KEY, "512")
                .tile(0, 0, 0, TestTilesets.image(RED, 512, "png")));

        assertThat(load(0, 0, 0).getWidth()).isEqualTo(512);
        assertThat(load(3, 0, 0).getWidth()).isEqualTo(512);
    }

    @Test
    void thePlainTileHasTheColourMostOfTheWidestTileShows() {
        // the world tile is blue (the sea) with a red middle (land); zoom 1 has one tile, the rest is missing
        use(TestTilesets.png().metadata("minzoom", "0").metadata("maxzoom", "1")
                .tile(0, 0, 0, TestTilesets.image(BLUE, RED, 256, "png"))
                .tile(1, 0, 0, TestTilesets.image(RED, 256, "png")));

        Image outside = load(3, 0, 0);

        assertThat(colorOf(load(0, 0, 0))).isEqualTo(Color.RED);
        assertNeutral(outside, Color.BLUE);
    }

    @Test
    void theBundledBaseMapsPlainTileIsItsSea() {
        source = MbtilesTileSource.open(BundledContent.BUNDLED.resolve("map/basemap.mbtiles"));
        BaseMapTiles.use(source, DIRECT);
        Image world = load(0, 0, 0);
        // the middle of the Pacific on the world tile
        int x = (int) (WebMercator.worldX(-150) * world.getWidth());
        int y = (int) (WebMercator.worldY(0) * world.getHeight());

        assertNeutral(load(11, 0, 0), world.getPixelReader().getColor(x, y));
    }

    @Test
    void withoutABaseMapThePlainTileIsTransparentSoTheMapBackgroundFromCssShows() {
        BaseMapTiles.use(TileSource.unavailable("no file"), DIRECT);

        assertNeutral(load(4, 2, 2), Color.TRANSPARENT);
    }

    @Test
    void exposesTheMetadataForClampingZoomAndPan() {
        use(TestTilesets.png().metadata("bounds", "-10,20,30,60").metadata("minzoom", "1")
                .metadata("maxzoom", "2").metadata(MbtilesTileSource.TILE_SIZE_KEY, "512")
                .tile(1, 1, 1, TestTilesets.image(RED, 512, "png"))
                .tile(2, 2, 2, TestTilesets.image(RED, 512, "png")));

        TilesetInfo info = source.info().orElseThrow();
        assertThat(source.problem()).isEmpty();
        assertThat(info.format()).isEqualTo(TileFormat.PNG);
        assertThat(info.bounds()).isEqualTo(new GeoBounds(-10, 20, 30, 60));
        assertThat(info.minZoom()).isEqualTo(1);
        assertThat(info.maxZoom()).isEqualTo(2);
        assertThat(info.tileSize()).isEqualTo(512);
        assertThat(info.coveredArea(2).orElseThrow().west()).isEqualTo(0.0);
        assertThat(info.coveredArea(2).orElseThrow().south()).isEqualTo(0.0, within(1e-9));
        assertThat(info.coveredArea(0)).isEmpty();
    }

    @Test
    void aFileOfRandomBytesIsReportedAndGivesNeutralTiles() throws Exception {
        Path file = folder.resolve("basemap.mbtiles");
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        Files.write(file, noise);

        source = MbtilesTileSource.open(file);
        BaseMapTiles.use(source, DIRECT);

        assertThat(source.problem()).hasValue(file + ": not an SQLite file");
        assertThat(source.info()).isEmpty();
        assertNeutral(load(0, 0, 0), Color.TRANSPARENT);
    }

    @Test
    void vectorAndWebpTilesetsAreReported() {
        Path webp = TestTilesets.png().metadata("format", "webp").tile(0, 0, 0, TestTilesets.webp())
                .writeTo(folder.resolve("webp.mbtiles"));
        Path vector = TestTilesets.png().metadata("format", "pbf").tile(0, 0, 0, TestTilesets.gzippedVectorTile())
                .writeTo(folder.resolve("pbf.mbtiles"));

        try (MbtilesTileSource webpSource = MbtilesTileSource.open(webp);
             MbtilesTileSource vectorSource = MbtilesTileSource.open(vector)) {
            assertThat(webpSource.problem()).hasValue(webp + ": the tiles are WebP (format 'webp' in the metadata):"
                    + " the kiosk shows PNG or JPEG raster tiles only");
            assertThat(vectorSource.problem()).hasValue(vector + ": the tiles are gzip-compressed (vector) data"
                    + " (format 'pbf' in the metadata): the kiosk shows PNG or JPEG raster tiles only");
        }
    }

    @Test
    void aMissingFileAndAnSqliteFileWithoutTilesAreReported() throws Exception {
        Path missing = folder.resolve("none.mbtiles");
        assertThat(MbtilesTileSource.open(missing).problem()).hasValue(missing + ": no such file");

        Path notMbtiles = folder.resolve("other.sqlite");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + notMbtiles);
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (text TEXT)");
        }
        assertThat(MbtilesTileSource.open(notMbtiles).problem())
                .hasValue(notMbtiles + ": not an MBTiles file (no such table: metadata)");
    }

    @Test
    void theFutureCompletesNormallyWhenReadingOrSchedulingFails() {
        TileProblems problems = new TileProblems("failing");
        TileSource failing = new TileSource() {
            @Override
            public Optional<TilesetInfo> info() {
                return Optional.empty();
            }

            @Override
            public Optional<String> problem() {
                return Optional.empty();
            }

            @Override
            public java.util.List<String> warnings() {
                return java.util.List.of();
            }

            @Override
            public TileProblems tileProblems() {
                return problems;
            }

            @Override
            public Optional<byte[]> tileData(int zoom, long column, long row) {
                throw new IllegalStateException("disk gone");
            }
        };
        BaseMapTiles.use(failing, DIRECT);
        CompletableFuture<Image> readFails = new MbtilesTileRetriever().loadTile(3, 1, 1);

        BaseMapTiles.use(failing, task -> {
            throw new RejectedExecutionException("shutting down");
        });
        CompletableFuture<Image> schedulingFails = new MbtilesTileRetriever().loadTile(3, 1, 1);

        for (CompletableFuture<Image> future : java.util.List.of(readFails, schedulingFails)) {
            assertThat(future).isCompleted().isNotCompletedExceptionally();
            assertNeutral(future.getNow(null), Color.TRANSPARENT);
        }
        assertThat(problems.summary()).containsExactly(
                "1 tile failed: java.lang.IllegalStateException: disk gone (first: 3/1/1)");
    }

    @Test
    void undecodableTilesAreLoggedOncePerKindWithoutStackTracesAndCountedInTheDiagnostics() {
        // the first tile is a PNG, so the file opens; then 142 WebP tiles labelled png and 3 that are no image at all
        TestTilesets tileset = TestTilesets.png().tile(0, 0, 0, TestTilesets.image(BLUE, 256, "png"));
        for (int i = 0; i < 142; i++) {
            tileset.tile(4, i % 16, i / 16, TestTilesets.webp());
        }
        for (int i = 0; i < 3; i++) {
            tileset.tile(5, i, 0, "<html>not found</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        use(tileset);
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            for (int i = 0; i < 142; i++) {
                assertNeutral(load(4, i % 16, WebMercator.flipRow(i / 16, 4)), Color.BLUE);
            }
            for (int i = 0; i < 3; i++) {
                load(5, i, WebMercator.flipRow(0, 5));
            }
            // the map asks for the same tiles again (Gluon lets its tile images go under memory pressure)
            load(5, 0, WebMercator.flipRow(0, 5));
            load(4, 0, WebMercator.flipRow(0, 4));
        } finally {
            root.detachAppender(log);
        }

        assertThat(log.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getThrowableProxy()).as("a stack trace").isNull();
            assertThat(event.getFormattedMessage()).doesNotContain("{}").contains("test.mbtiles");
        });
        assertThat(log.list.get(0).getFormattedMessage())
                .contains("tile 4/0/15 could not be shown: its data is WebP, not a PNG or JPEG image");
        assertThat(log.list.get(1).getFormattedMessage())
                .contains("tile 5/0/31 could not be shown: its data is not a PNG or JPEG image");
        assertThat(BaseMapTiles.diagnostics()).contains(
                "Base map tile problem: 142 tiles could not be shown: its data is WebP, not a PNG or JPEG image"
                        + " (first: 4/0/15)",
                "Base map tile problem: 3 tiles could not be shown: its data is not a PNG or JPEG image"
                        + " (first: 5/0/31)");
    }

    @Test
    void serviceLoaderFindsThisRetrieverSoGluonNeverFallsBackToOpenstreetmap() {
        TileRetriever first = ServiceLoader.load(TileRetriever.class).findFirst().orElseThrow();
        TileRetriever used = TileRetrieverProvider.getInstance().load();

        assertThat(first).isInstanceOf(MbtilesTileRetriever.class);
        assertThat(used).isInstanceOf(MbtilesTileRetriever.class);
        assertThat(used.getClass().getName()).doesNotContain("Osm");
    }

    private void use(TestTilesets tileset) {
        source = MbtilesTileSource.open(tileset.writeTo(folder.resolve("test.mbtiles")));
        assertThat(source.problem()).isEmpty();
        BaseMapTiles.use(source, DIRECT);
    }

    private static Image load(int zoom, long column, long row) {
        CompletableFuture<Image> future = new MbtilesTileRetriever().loadTile(zoom, column, row);
        assertThat(future).isCompleted().isNotCompletedExceptionally();
        return future.getNow(null);
    }

    private static Color colorOf(Image image) {
        assertThat(image).isNotNull();
        assertThat(image.isError()).isFalse();
        return image.getPixelReader().getColor((int) image.getWidth() / 2, (int) image.getHeight() / 2);
    }

    /** A plain tile: one colour all over. */
    private static void assertNeutral(Image image, Color expected) {
        assertThat(colorOf(image)).isEqualTo(expected);
        assertThat(image.getPixelReader().getColor(0, 0)).isEqualTo(expected);
        assertThat(image.getPixelReader().getColor((int) image.getWidth() - 1, (int) image.getHeight() - 1))
                .isEqualTo(expected);
    }
}
