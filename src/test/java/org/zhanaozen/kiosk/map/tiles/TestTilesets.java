package org.zhanaozen.kiosk.map.tiles;

import javafx.application.Platform;

import javax.imageio.ImageIO;
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

/** Small MBTiles files written by the tests themselves. */
final class TestTilesets {

    /** A tile at its MBTiles address: the row is in TMS order, as stored. */
    record StoredTile(int zoom, long column, long tmsRow, byte[] data) {
    }

    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final java.util.List<StoredTile> tiles = new java.util.ArrayList<>();

    static TestTilesets png() {
        return new TestTilesets().metadata("name", "test").metadata("format", "png");
    }

    TestTilesets metadata(String name, String value) {
        metadata.put(name, value);
        return this;
    }

    TestTilesets tile(int zoom, long column, long tmsRow, byte[] data) {
        tiles.add(new StoredTile(zoom, column, tmsRow, data));
        return this;
    }

    Path writeTo(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            statement.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                    + " tile_data BLOB)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
                for (Map.Entry<String, String> entry : metadata.entrySet()) {
                    insert.setString(1, entry.getKey());
                    insert.setString(2, entry.getValue());
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                for (StoredTile tile : tiles) {
                    insert.setInt(1, tile.zoom());
                    insert.setLong(2, tile.column());
                    insert.setLong(3, tile.tmsRow());
                    insert.setBytes(4, tile.data());
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    static byte[] image(Color color, int size, String format) {
        return image(color, color, size, format);
    }

    /** A tile of one colour with a square of another in its middle, a quarter of its area. */
    static byte[] image(Color ground, Color middle, int size, String format) {
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
    static void startJavaFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // started by an earlier test class in this JVM
        }
    }
}
