package org.zhanaozen.kiosk.tools.tilegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanaozen.kiosk.map.tiles.BaseMapNames;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.MbtilesTileSource;
import org.zhanaozen.kiosk.map.tiles.TileFormat;
import org.zhanaozen.kiosk.map.tiles.TilesetInfo;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

class TileGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void writesAValidMbtilesWithThePlannedZoomsBoundsAndMetadata() throws Exception {
        Path naturalEarth = Files.createDirectories(folder.resolve("naturalearth"));
        Files.writeString(naturalEarth.resolve("ne_50m_land.geojson"), featureCollection(
                polygon("{\"featurecla\": \"Land\"}", 30, 30, 70, 55)));
        Files.writeString(naturalEarth.resolve("ne_10m_lakes.geojson"), featureCollection(
                polygon("{\"name\": \"Inland Sea\", \"min_zoom\": 0, \"min_label\": 1}", 47, 37, 54, 46)));
        Files.writeString(naturalEarth.resolve("ne_10m_populated_places_simple.geojson"), featureCollection(
                "{\"type\": \"Feature\", \"properties\": {\"name\": \"Portonero\", \"scalerank\": 7,"
                        + " \"min_zoom\": 6.7, \"featurecla\": \"Populated place\"},"
                        + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [52.8, 43.3]}}"));
        Path planFile = Files.writeString(folder.resolve("basemap-plan.json"), """
                { "name": "Test base map", "description": "A base map for the tests",
                  "areas": [ { "name": "world", "bounds": "-180,-85.0511287798066,180,85.0511287798066",
                               "minZoom": 0, "maxZoom": 1 },
                             { "name": "the inland sea", "bounds": "40,35,60,50", "minZoom": 2, "maxZoom": 3 } ],
                  "detailedData": "-12,28,92,64", "firstDetailedZoom": 2, "center": "52.86,43.34,2",
                  "names": { "renamed": { "Portonero": "Port Nero" }, "leftOut": [], "emphasised": ["Portonero"] } }
                """);
        TilesetPlan plan = TilesetPlan.read(planFile);
        Path output = folder.resolve("map/basemap.mbtiles");

        new TileGenerator(naturalEarth, plan).generate(output);

        // z0: 1, z1: 4, z2: column 2 x row 1, z3: columns 4-5 x rows 2-3
        assertThat(tileCountsByZoom(output)).containsExactlyInAnyOrderEntriesOf(Map.of(0, 1, 1, 4, 2, 1, 3, 4));
        assertThat(metadata(output)).containsEntry("name", "Test base map")
                .containsEntry("format", "png")
                .containsEntry("bounds", GeoBounds.WORLD.toMetadata())
                .containsEntry("center", "52.86,43.34,2")
                .containsEntry("minzoom", "0")
                .containsEntry("maxzoom", "3")
                .containsEntry("tilesize", "512")
                .containsEntry("attribution", "Natural Earth")
                .containsEntry("type", "baselayer")
                .containsKeys("description", "version");
        assertThat(Files.exists(output.resolveSibling("basemap.mbtiles.part"))).isFalse();

        try (MbtilesTileSource source = MbtilesTileSource.open(output)) {
            assertThat(source.problem()).isEmpty();
            TilesetInfo info = source.info().orElseThrow();
            assertThat(info.format()).isEqualTo(TileFormat.PNG);
            assertThat(info.minZoom()).isZero();
            assertThat(info.maxZoom()).isEqualTo(3);
            assertThat(info.coveredArea(3).orElseThrow().contains(52.8, 43.3)).isTrue();
            for (long[] tile : new long[][] {{0, 0, 0}, {1, 1, 0}, {2, 2, 1}, {3, 5, 2}}) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                        source.tileData((int) tile[0], tile[1], tile[2]).orElseThrow()));
                assertThat(image.getWidth()).isEqualTo(512);
                assertThat(image.getHeight()).isEqualTo(512);
            }
            theNamesAreRecordedWithTheMapUnderThemWithoutThem(source, info);
        }
    }

    /** The sea's name, drawn at zoom 3: its box and the map under it as it is without the name. */
    private static void theNamesAreRecordedWithTheMapUnderThemWithoutThem(MbtilesTileSource source, TilesetInfo info)
            throws Exception {
        int zoom = 3;
        double scale = MapStyle.TILE_PIXELS * Math.pow(2, zoom);
        BaseMapNames.Name sea = source.names().shownIn(GeoBounds.WORLD, zoom, info).stream()
                .filter(name -> name.zoom() == zoom && name.point().isEmpty()).findFirst().orElseThrow();
        int x = (int) Math.round(WebMercator.worldX(sea.box().west()) * scale);
        int y = (int) Math.round(WebMercator.worldY(sea.box().north()) * scale);
        int width = (int) Math.round(WebMercator.worldX(sea.box().east()) * scale) - x;
        int height = (int) Math.round(WebMercator.worldY(sea.box().south()) * scale) - y;
        BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = drawn.createGraphics();
        for (long column = x / MapStyle.TILE_PIXELS; column <= (x + width - 1) / MapStyle.TILE_PIXELS; column++) {
            for (long row = y / MapStyle.TILE_PIXELS; row <= (y + height - 1) / MapStyle.TILE_PIXELS; row++) {
                BufferedImage tile = ImageIO.read(new ByteArrayInputStream(
                        source.tileData(zoom, column, row).orElseThrow()));
                g.drawImage(tile, (int) (column * MapStyle.TILE_PIXELS - x), (int) (row * MapStyle.TILE_PIXELS - y),
                        null);
            }
        }
        g.dispose();
        BufferedImage ground = ImageIO.read(new ByteArrayInputStream(source.groundUnder(sea).orElseThrow()));

        assertThat(ground.getWidth()).isEqualTo(width);
        assertThat(ground.getHeight()).isEqualTo(height);
        int waterText = MapStyle.WATER_TEXT.getRGB();
        int textInTile = 0;
        for (int py = 0; py < height; py++) {
            for (int px = 0; px < width; px++) {
                boolean edge = px < 2 || py < 2 || px >= width - 2 || py >= height - 2;
                if (edge) {
                    assertThat(ground.getRGB(px, py)).as("the map at the box's edge, %d,%d", px, py)
                            .isEqualTo(drawn.getRGB(px, py));
                }
                assertThat(ground.getRGB(px, py)).as("no letter left at %d,%d", px, py).isNotEqualTo(waterText);
                textInTile += drawn.getRGB(px, py) == waterText ? 1 : 0;
            }
        }
        assertThat(textInTile).as("the tile has the name's letters in the box").isPositive();
    }

    private static Map<Integer, Integer> tileCountsByZoom(Path file) throws Exception {
        Map<Integer, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT zoom_level, COUNT(*) FROM tiles GROUP BY zoom_level")) {
            while (rows.next()) {
                counts.put(rows.getInt(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static Map<String, String> metadata(Path file) throws Exception {
        Map<String, String> metadata = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, value FROM metadata")) {
            while (rows.next()) {
                metadata.put(rows.getString(1), rows.getString(2));
            }
        }
        return metadata;
    }

    private static String featureCollection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
    }

    private static String polygon(String properties, double west, double south, double east, double north) {
        return "{\"type\": \"Feature\", \"properties\": " + properties + ", \"geometry\": {\"type\": \"Polygon\","
                + " \"coordinates\": [[[" + west + "," + south + "],[" + east + "," + south + "],[" + east + ","
                + north + "],[" + west + "," + north + "],[" + west + "," + south + "]]]}}";
    }
}
