package org.zhanaozen.kiosk.map.tiles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Raster tiles from an MBTiles 1.3 file, opened read-only. Opening never throws: a file the kiosk cannot use gives a
 * source without tiles whose {@link #problem()} says why, so the map still works on a plain background.
 */
public final class MbtilesTileSource implements TileSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MbtilesTileSource.class);

    /** Not in the MBTiles 1.3 spec: how many pixels wide our tiles are (readers assume 256 without it). */
    public static final String TILE_SIZE_KEY = "tilesize";

    private final Path file;
    private final Connection connection;
    private final PreparedStatement tileQuery;
    private final TilesetInfo info;
    private final String problem;

    private MbtilesTileSource(Path file, Connection connection, PreparedStatement tileQuery, TilesetInfo info,
                              String problem) {
        this.file = file;
        this.connection = connection;
        this.tileQuery = tileQuery;
        this.info = info;
        this.problem = problem;
    }

    /** Opens the file, or returns a source that reports what is wrong with it. */
    public static MbtilesTileSource open(Path file) {
        if (!Files.isRegularFile(file)) {
            return unusable(file, "no such file");
        }
        if (!Files.isReadable(file)) {
            return unusable(file, "the file cannot be read (permissions)");
        }
        SqliteNativeFolder.configure();
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            TilesetInfo info = readInfo(connection);
            PreparedStatement tileQuery = connection.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
            return new MbtilesTileSource(file, connection, tileQuery, info, null);
        } catch (UnusableTilesetException e) {
            closeQuietly(connection);
            return unusable(file, e.getMessage());
        } catch (SQLException e) {
            closeQuietly(connection);
            return unusable(file, describe(e));
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            closeQuietly(connection);
            return unusable(file, "cannot be read (" + e + ")");
        }
    }

    @Override
    public Optional<TilesetInfo> info() {
        return Optional.ofNullable(info);
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public Optional<byte[]> tileData(int zoom, long column, long row) {
        if (info == null || !info.hasZoom(zoom) || !WebMercator.isTile(zoom, column, row)
                || !info.bounds().overlaps(WebMercator.tileBounds(zoom, column, row))) {
            return Optional.empty();
        }
        // one connection shared by the loader threads; a read takes well under a millisecond
        synchronized (tileQuery) {
            try {
                tileQuery.setInt(1, zoom);
                tileQuery.setLong(2, column);
                tileQuery.setLong(3, WebMercator.flipRow(row, zoom));
                try (ResultSet result = tileQuery.executeQuery()) {
                    return result.next() ? Optional.ofNullable(result.getBytes(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                LOG.warn("{}: tile {}/{}/{} could not be read: {}", file, zoom, column, row, e.getMessage());
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static MbtilesTileSource unusable(Path file, String whatIsWrong) {
        String problem = file + ": " + whatIsWrong;
        LOG.error("Base map unavailable, showing a plain background: {}", problem);
        return new MbtilesTileSource(file, null, null, null, problem);
    }

    private static TilesetInfo readInfo(Connection connection) throws SQLException {
        Map<String, String> metadata = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, value FROM metadata")) {
            while (rows.next()) {
                metadata.put(rows.getString(1), rows.getString(2));
            }
        }
        String formatName = metadata.get("format");
        if (formatName == null) {
            throw new UnusableTilesetException("the metadata table has no 'format' (png or jpg)");
        }
        TileFormat format = TileFormat.fromMetadata(formatName).orElseThrow(() -> new UnusableTilesetException(
                "format '" + formatName + "' is not a raster format the kiosk can show (png or jpg)"));
        Map<Integer, GeoBounds> coverage = readCoverage(connection);
        if (coverage.isEmpty()) {
            throw new UnusableTilesetException("the tiles table is empty");
        }
        int storedMin = coverage.keySet().stream().min(Integer::compare).orElseThrow();
        int storedMax = coverage.keySet().stream().max(Integer::compare).orElseThrow();
        return new TilesetInfo(
                metadata.getOrDefault("name", ""),
                format,
                parseOr(metadata.get("bounds"), GeoBounds::parse, GeoBounds.WORLD),
                parseOr(metadata.get("minzoom"), Integer::parseInt, storedMin),
                parseOr(metadata.get("maxzoom"), Integer::parseInt, storedMax),
                parseOr(metadata.get(TILE_SIZE_KEY), Integer::parseInt, TilesetInfo.DEFAULT_TILE_SIZE),
                coverage);
    }

    /** Per zoom level, the area its tiles cover: lets the map screen keep panning where there is detail. */
    private static Map<Integer, GeoBounds> readCoverage(Connection connection) throws SQLException {
        Map<Integer, GeoBounds> coverage = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT zoom_level, MIN(tile_column), MAX(tile_column),"
                     + " MIN(tile_row), MAX(tile_row) FROM tiles GROUP BY zoom_level")) {
            while (rows.next()) {
                int zoom = rows.getInt(1);
                long northRow = WebMercator.flipRow(rows.getLong(5), zoom);
                long southRow = WebMercator.flipRow(rows.getLong(4), zoom);
                GeoBounds northWest = WebMercator.tileBounds(zoom, rows.getLong(2), northRow);
                GeoBounds southEast = WebMercator.tileBounds(zoom, rows.getLong(3), southRow);
                coverage.put(zoom, new GeoBounds(northWest.west(), southEast.south(), southEast.east(), northWest.north()));
            }
        }
        return coverage;
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parseOr(String text, Parser<T> parser, T fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable MBTiles metadata value '{}': {}", text, e.getMessage());
            return fallback;
        }
    }

    private static String describe(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return "not an SQLite file";
            }
            if (code == SQLiteErrorCode.SQLITE_CORRUPT) {
                return "the SQLite file is damaged";
            }
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("no such table")) {
            return "not an MBTiles file (" + message.replaceFirst("^.*(no such table: \\w+).*$", "$1") + ")";
        }
        return "cannot be read (" + message + ")";
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the MBTiles connection failed", e);
        }
    }

    /** A readable file whose content the kiosk cannot show. */
    private static final class UnusableTilesetException extends RuntimeException {
        UnusableTilesetException(String message) {
            super(message);
        }
    }
}
