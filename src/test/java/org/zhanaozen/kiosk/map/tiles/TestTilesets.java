package org.zhanaozen.kiosk.map.tiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javax.imageio.ImageIO;

/**
 * Small MBTiles files written by the tests themselves: in the MBTiles 1.3 layout (one {@code tiles} table, a
 * {@code format} row), or in the older one many tools still write (MBTiles 1.0: no {@code format}, the tiles in a
 * {@code map} table of addresses and an {@code images} table of deduplicated tile data, joined by a {@code tiles} view).
 */
public final class TestTilesets {

    /** A tile at its MBTiles address: the row is in TMS order, as stored. */
    record StoredTile(int zoom, long column, long tmsRow, byte[] data) {
    }

    /** A base-map name as the tile generator records it ({@link BaseMapNames#TABLE}); no point for an area's name. */
    record StoredName(int zoom, GeoBounds box, BaseMapNames.GeoPoint point, byte[] ground) {
    }

    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final java.util.List<StoredName> names = new java.util.ArrayList<>();
    private final java.util.List<StoredTile> tiles = new java.util.ArrayList<>();
    private boolean mapAndImages;

    public static TestTilesets png() {
        return new TestTilesets().metadata("name", "test").metadata("format", "png");
    }

    /** The metadata an MBTiles 1.0 file has: no {@code format}. Tiles go in one {@code tiles} table. */
    public static TestTilesets older() {
        return new TestTilesets().metadata("name", "older").metadata("type", "baselayer").metadata("version", "1.0.0")
                .metadata("description", "written in the MBTiles 1.0 layout");
    }

    /** An MBTiles 1.0 file as node-mbtiles writes it: {@code map} and {@code images} tables behind a {@code tiles} view. */
    public static TestTilesets olderWithImagesTable() {
        TestTilesets tileset = older();
        tileset.mapAndImages = true;
        return tileset;
    }

    /** Where {@link #fixtureBaseMap} has tiles from zoom 4 to 6: the fixture's region. */
    public static final GeoBounds FIXTURE_REGION = new GeoBounds(20, 30, 100, 62);
    /** Where {@link #fixtureBaseMap} has tiles from zoom 7 to 9: around the fixture's home and its port. */
    public static final GeoBounds FIXTURE_DETAIL = new GeoBounds(50, 42, 54, 45);

    /**
     * Writes a base map for the fixture content ({@code TestContent}) into {@code contentFolder}: the world at zooms
     * 0–3, {@link #FIXTURE_REGION} at 4–6 and {@link #FIXTURE_DETAIL} at 7–9, each level in a colour of its own.
     */
    public static Path fixtureBaseMap(Path contentFolder) {
        TestTilesets tiles = png().metadata("name", "fixture base map").metadata("minzoom", "0")
                .metadata("maxzoom", "9");
        for (int zoom = 0; zoom <= 9; zoom++) {
            GeoBounds area = zoom <= 3 ? GeoBounds.WORLD : zoom <= 6 ? FIXTURE_REGION : FIXTURE_DETAIL;
            tiles.tilesOver(area, zoom, image(new Color(40 + zoom * 20, 120, 200 - zoom * 15), 64, "png"));
        }
        try {
            Path file = contentFolder.resolve("map/basemap.mbtiles");
            java.nio.file.Files.createDirectories(file.getParent());
            return tiles.writeTo(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestTilesets metadata(String name, String value) {
        metadata.put(name, value);
        return this;
    }

    /** A name drawn in the tiles of one zoom level, with the image of the map under it without it. */
    public TestTilesets name(int zoom, GeoBounds box, BaseMapNames.GeoPoint point, byte[] ground) {
        names.add(new StoredName(zoom, box, point, ground));
        return this;
    }

    public TestTilesets tile(int zoom, long column, long tmsRow, byte[] data) {
        tiles.add(new StoredTile(zoom, column, tmsRow, data));
        return this;
    }

    /** The same tile at every XYZ address of one zoom level whose tile overlaps {@code area}. */
    public TestTilesets tilesOver(GeoBounds area, int zoom, byte[] data) {
        for (long column = WebMercator.tileColumn(area.west(), zoom);
             column <= WebMercator.tileColumn(area.east(), zoom); column++) {
            for (long row = WebMercator.tileRow(area.north(), zoom); row <= WebMercator.tileRow(area.south(), zoom);
                 row++) {
                tile(zoom, column, WebMercator.flipRow(row, zoom), data);
            }
        }
        return this;
    }

    public Path writeTo(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
                for (Map.Entry<String, String> entry : metadata.entrySet()) {
                    insert.setString(1, entry.getKey());
                    insert.setString(2, entry.getValue());
                    insert.executeUpdate();
                }
            }
            if (mapAndImages) {
                writeMapAndImages(connection, statement);
            } else {
                writeTilesTable(connection, statement);
            }
            if (!names.isEmpty()) {
                writeNames(connection, statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private void writeTilesTable(Connection connection, Statement statement) throws SQLException {
        statement.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                + " tile_data BLOB)");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
            for (StoredTile tile : tiles) {
                insert.setInt(1, tile.zoom());
                insert.setLong(2, tile.column());
                insert.setLong(3, tile.tmsRow());
                insert.setBytes(4, tile.data());
                insert.executeUpdate();
            }
        }
    }

    private void writeNames(Connection connection, Statement statement) throws SQLException {
        statement.execute("CREATE TABLE " + BaseMapNames.TABLE + " (zoom_level INTEGER, west REAL, south REAL,"
                + " east REAL, north REAL, point_lon REAL, point_lat REAL, ground BLOB)");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + BaseMapNames.TABLE + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredName name : names) {
                insert.setInt(1, name.zoom());
                insert.setDouble(2, name.box().west());
                insert.setDouble(3, name.box().south());
                insert.setDouble(4, name.box().east());
                insert.setDouble(5, name.box().north());
                insert.setObject(6, name.point() == null ? null : name.point().lon());
                insert.setObject(7, name.point() == null ? null : name.point().lat());
                insert.setBytes(8, name.ground());
                insert.executeUpdate();
            }
        }
    }

    /** Identical tile data is stored once, as node-mbtiles does (its tile_id is a hash of the data). */
    private void writeMapAndImages(Connection connection, Statement statement) throws SQLException {
        statement.execute("CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                + " tile_id TEXT, grid_id TEXT)");
        statement.execute("CREATE TABLE images (tile_data BLOB, tile_id TEXT)");
        statement.execute("CREATE UNIQUE INDEX map_index ON map (zoom_level, tile_column, tile_row)");
        statement.execute("CREATE UNIQUE INDEX images_id ON images (tile_id)");
        statement.execute("CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,"
                + " map.tile_row AS tile_row, images.tile_data AS tile_data"
                + " FROM map JOIN images ON images.tile_id = map.tile_id");
        try (PreparedStatement address = connection.prepareStatement("INSERT INTO map VALUES (?, ?, ?, ?, NULL)");
             PreparedStatement image = connection.prepareStatement(
                     "INSERT OR IGNORE INTO images (tile_data, tile_id) VALUES (?, ?)")) {
            for (StoredTile tile : tiles) {
                String id = java.util.HexFormat.of().formatHex(tile.data(), 0, Math.min(tile.data().length, 8))
                        + "-" + java.util.Arrays.hashCode(tile.data());
                address.setInt(1, tile.zoom());
                address.setLong(2, tile.column());
                address.setLong(3, tile.tmsRow());
                address.setString(4, id);
                address.executeUpdate();
                image.setBytes(1, tile.data());
                image.setString(2, id);
                image.executeUpdate();
            }
        }
    }

    /** The start of a WebP file (RIFF container, "WEBP", a VP8L chunk): what some tools store labelled "png". */
    public static byte[] webp() {
        return new byte[] {'R', 'I', 'F', 'F', 26, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 13, 0, 0, 0,
                0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xfe, 0x07, 0};
    }

    /** A gzip-compressed vector tile's first bytes. */
    public static byte[] gzippedVectorTile() {
        return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4};
    }

    public static byte[] image(Color color, int size, String format) {
        return image(color, color, size, format);
    }

    /** A tile of one colour with a square of another in its middle, a quarter of its area. */
    public static byte[] image(Color ground, Color middle, int size, String format) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(ground);
        g.fillRect(0, 0, size, size);
        g.setColor(middle);
        g.fillRect(size / 4, size / 4, size / 2, size / 2);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** JavaFX images decode only with the toolkit up (Monocle headless under surefire). */
    public static void startJavaFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // started by an earlier test class in this JVM
        }
    }
}
