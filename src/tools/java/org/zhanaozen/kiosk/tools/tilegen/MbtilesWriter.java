package org.zhanaozen.kiosk.tools.tilegen;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.zhanaozen.kiosk.map.tiles.BaseMapNames;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

/** Writes a new MBTiles 1.3 file (tiles with TMS rows, as the spec says). */
final class MbtilesWriter implements AutoCloseable {

    /** One tile image, addressed the XYZ way (row 0 in the north). */
    record EncodedTile(int zoom, long column, long row, byte[] data) {
    }

    private final Connection connection;

    MbtilesWriter(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            // a fresh scratch file, moved into place when complete: no journal needed
            statement.execute("PRAGMA journal_mode = OFF");
            statement.execute("PRAGMA synchronous = OFF");
            statement.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            statement.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                    + " tile_data BLOB)");
            statement.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
            statement.execute("CREATE TABLE " + BaseMapNames.TABLE + " (zoom_level INTEGER, west REAL, south REAL,"
                    + " east REAL, north REAL, point_lon REAL, point_lat REAL, ground BLOB)");
        }
        connection.setAutoCommit(false);
    }

    void writeTiles(List<EncodedTile> tiles) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
            for (EncodedTile tile : tiles) {
                insert.setInt(1, tile.zoom());
                insert.setLong(2, tile.column());
                insert.setLong(3, WebMercator.flipRow(tile.row(), tile.zoom()));
                insert.setBytes(4, tile.data());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    /**
     * A name drawn in the tiles, for the kiosk to keep its own labels off.
     *
     * @param box    where it is, in its zoom level's pixels, whole pixels
     * @param ground an image of the map under the box without the name, to lay over it where it must be hidden
     */
    record DrawnName(Rectangle2D box, Point2D dot, byte[] ground) {
    }

    /** Where the names drawn at a zoom level are ({@link BaseMapNames#TABLE}). */
    void writeNames(int zoom, List<DrawnName> names) throws SQLException {
        double scale = MapStyle.TILE_PIXELS * (double) WebMercator.tilesAcross(zoom);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + BaseMapNames.TABLE + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DrawnName name : names) {
                insert.setInt(1, zoom);
                insert.setDouble(2, WebMercator.lon(name.box().getMinX() / scale));
                insert.setDouble(3, WebMercator.lat(name.box().getMaxY() / scale));
                insert.setDouble(4, WebMercator.lon(name.box().getMaxX() / scale));
                insert.setDouble(5, WebMercator.lat(name.box().getMinY() / scale));
                if (name.dot() != null) {
                    insert.setDouble(6, WebMercator.lon(name.dot().getX() / scale));
                    insert.setDouble(7, WebMercator.lat(name.dot().getY() / scale));
                } else {
                    insert.setNull(6, Types.REAL);
                    insert.setNull(7, Types.REAL);
                }
                insert.setBytes(8, name.ground());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    void writeMetadata(Map<String, String> metadata) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
            for (Map.Entry<String, String> entry : metadata.entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setString(2, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
