package org.zhanaozen.kiosk.map.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening an MBTiles file finds: the tiles' own format and zooms, whatever the metadata says. */
class MbtilesTileSourceTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void startJavaFx() {
        TestTilesets.startJavaFx();
    }

    /** Every tile of zooms 0 to 2, each its own image, as older tools write them; returns them as stored. */
    private static List<TestTilesets.StoredTile> fillZooms0To2(TestTilesets tileset, String format) {
        List<TestTilesets.StoredTile> stored = new ArrayList<>();
        int shade = 0;
        for (int zoom = 0; zoom <= 2; zoom++) {
            for (long column = 0; column < WebMercator.tilesAcross(zoom); column++) {
                for (long tmsRow = 0; tmsRow < WebMercator.tilesAcross(zoom); tmsRow++) {
                    byte[] data = TestTilesets.image(new Color(shade, 255 - shade, 128), 64, format);
                    shade += 12;
                    tileset.tile(zoom, column, tmsRow, data);
                    stored.add(new TestTilesets.StoredTile(zoom, column, tmsRow, data));
                }
            }
        }
        return stored;
    }

    @Test
    void anOlderFileWithoutAFormatRowIsReadAndGivesBackEveryTileByteForByte() {
        for (TestTilesets tileset : List.of(TestTilesets.older(), TestTilesets.olderWithImagesTable())) {
            List<TestTilesets.StoredTile> stored = fillZooms0To2(tileset, "png");
            Path file = tileset.writeTo(folder.resolve("older-" + System.identityHashCode(tileset) + ".mbtiles"));

            try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
                assertThat(source.problem()).as(file.toString()).isEmpty();
                assertThat(source.info().orElseThrow().format()).isEqualTo(TileFormat.PNG);
                assertThat(source.warnings()).containsExactly(file + ": the metadata has no 'format' (an older"
                        + " MBTiles file): the tiles are PNG, told from their data");
                for (TestTilesets.StoredTile tile : stored) {
                    long xyzRow = WebMercator.flipRow(tile.tmsRow(), tile.zoom());
                    assertThat(source.tileData(tile.zoom(), tile.column(), xyzRow)).as("tile %d/%d/%d", tile.zoom(),
                            tile.column(), xyzRow).hasValueSatisfying(data -> assertThat(data).isEqualTo(tile.data()));
                }
            }
        }
    }

    @Test
    void anOlderFileOfJpegTilesIsReadAsJpeg() {
        TestTilesets tileset = TestTilesets.olderWithImagesTable();
        fillZooms0To2(tileset, "jpg");

        try (MbtilesTileSource source = MbtilesTileSource.open(tileset.writeTo(folder.resolve("jpeg.mbtiles")))) {
            assertThat(source.problem()).isEmpty();
            assertThat(source.info().orElseThrow().format()).isEqualTo(TileFormat.JPG);
            assertThat(source.findings().warnings()).singleElement().asString().contains("the tiles are JPEG");
        }
    }

    @Test
    void aFormatRowTheTilesContradictIsReportedAndTheTilesAreReadAsWhatTheyAre() {
        Path file = TestTilesets.png().metadata("format", "jpg")
                .tile(0, 0, 0, TestTilesets.image(Color.RED, 64, "png")).writeTo(folder.resolve("labelled.mbtiles"));

        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            assertThat(source.problem()).isEmpty();
            assertThat(source.info().orElseThrow().format()).isEqualTo(TileFormat.PNG);
            assertThat(source.findings().warnings())
                    .containsExactly("the metadata says format 'jpg' but the tiles are PNG: they are read as PNG");
        }
    }

    @Test
    void webpTilesLabelledPngAreRefusedWithWhatTheyReallyAre() {
        Path file = TestTilesets.png().tile(0, 0, 0, TestTilesets.webp()).tile(1, 0, 0, TestTilesets.webp())
                .writeTo(folder.resolve("webp.mbtiles"));

        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            assertThat(source.findings().unusable()).hasValue("the tiles are WebP (format 'png' in the metadata):"
                    + " the kiosk shows PNG or JPEG raster tiles only");
        }
    }

    @Test
    void zoomMetadataThatContradictsTheTilesIsReportedAndTheTilesZoomsAreUsed() {
        TestTilesets tileset = TestTilesets.png().metadata("minzoom", "5").metadata("maxzoom", "2");
        for (int zoom = 0; zoom <= 4; zoom++) {
            tileset.tile(zoom, 0, 0, TestTilesets.image(Color.BLUE, 64, "png"));
        }

        try (MbtilesTileSource source = MbtilesTileSource.open(tileset.writeTo(folder.resolve("zooms.mbtiles")))) {
            TilesetInfo info = source.info().orElseThrow();
            assertThat(info.minZoom()).isZero();
            assertThat(info.maxZoom()).isEqualTo(4);
            assertThat(source.findings().warnings()).containsExactly("the metadata says zoom 5–2 but the tiles are"
                    + " at zoom 0–4: the kiosk uses the tiles' zooms");
            for (int zoom = 0; zoom <= 4; zoom++) {
                assertThat(source.tileData(zoom, 0, WebMercator.flipRow(0, zoom))).as("zoom %d", zoom).isPresent();
            }
        }
    }

    @Test
    void countsTheTilesByWhatTheirBytesAre() throws Exception {
        Path file = TestTilesets.png().tile(0, 0, 0, TestTilesets.image(Color.RED, 64, "png"))
                .tile(1, 0, 0, TestTilesets.webp()).tile(1, 1, 0, TestTilesets.webp())
                .tile(1, 0, 1, "<?xml version='1.0'?>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .writeTo(folder.resolve("mixed.mbtiles"));

        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            assertThat(source.countTilesBySignature()).containsOnly(
                    org.assertj.core.api.Assertions.entry(TileSignature.PNG, 1L),
                    org.assertj.core.api.Assertions.entry(TileSignature.WEBP, 2L),
                    org.assertj.core.api.Assertions.entry(TileSignature.OTHER, 1L));
        }
    }
}
