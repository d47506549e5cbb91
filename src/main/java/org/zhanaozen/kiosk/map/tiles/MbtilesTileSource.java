package org.zhanaozen.kiosk.map.tiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Raster tiles from an MBTiles file, opened read-only: MBTiles 1.3, and the older layouts (1.0 and 1.1: no
 * {@code format} in the metadata, tiles often in a {@code tiles} view over {@code map} and {@code images} tables).
 * The tiles are trusted over the metadata: their bytes tell the format, their zoom levels the zoom range, and each
 * contradiction becomes a {@link #warnings() warning}. Opening never throws: a file the kiosk cannot use gives a
 * source without tiles whose {@link #problem()} says why, so the map still works on a plain background.
 */
public final class MbtilesTileSource implements TileSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MbtilesTileSource.class);

    /** Not in the MBTiles 1.3 spec: how many pixels wide our tiles are (readers assume 256 without it). */
    public static final String TILE_SIZE_KEY = "tilesize";
    /** How many tiles opening looks at to tell the format. */
    private static final int SAMPLE_TILES = 8;
    private static final String ONLY_RASTER = "the kiosk shows PNG or JPEG raster tiles only";

    /**
     * What opening found, without the file's name.
     *
     * @param unusable why the file cannot be used at all, if it cannot
     * @param warnings what is odd about a usable file
     */
    public record Findings(Optional<String> unusable, List<String> warnings) {
        public Findings {
            warnings = List.copyOf(warnings);
        }
    }

    private final Path file;
    private final Connection connection;
    private final PreparedStatement tileQuery;
    private final TilesetInfo info;
    private final BaseMapNames names;
    private final Findings findings;
    private final TileProblems tileProblems;

    private MbtilesTileSource(Path file, Connection connection, PreparedStatement tileQuery, TilesetInfo info,
                              BaseMapNames names, Findings findings) {
        this.file = file;
        this.connection = connection;
        this.tileQuery = tileQuery;
        this.info = info;
        this.names = names;
        this.findings = findings;
        this.tileProblems = new TileProblems(file.toString());
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
            List<String> warnings = new ArrayList<>();
            TilesetInfo info = readInfo(connection, warnings);
            PreparedStatement tileQuery = connection.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
            BaseMapNames names = readNames(connection, warnings);
            return new MbtilesTileSource(file, connection, tileQuery, info, names,
                    new Findings(Optional.empty(), warnings));
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
        return findings.unusable().map(this::namingTheFile);
    }

    @Override
    public List<String> warnings() {
        return findings.warnings().stream().map(this::namingTheFile).toList();
    }

    /** What opening found, for the content validation (which names the file relative to the content folder). */
    public Findings findings() {
        return findings;
    }

    @Override
    public TileProblems tileProblems() {
        return tileProblems;
    }

    @Override
    public BaseMapNames names() {
        return names;
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
                tileProblems.report("could not be read: " + describe(e), zoom, column, row);
                return Optional.empty();
            }
        }
    }

    @Override
    public Optional<byte[]> groundUnder(BaseMapNames.Name name) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        synchronized (tileQuery) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT ground FROM " + BaseMapNames.TABLE + " WHERE rowid = ?")) {
                query.setLong(1, name.id());
                try (ResultSet result = query.executeQuery()) {
                    return result.next() ? Optional.ofNullable(result.getBytes(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                // the name then stays visible beside the label: nothing a visitor would miss
                LOG.debug("Base map {}: the map under name {} could not be read", file, name.id(), e);
                return Optional.empty();
            }
        }
    }

    /**
     * How many stored tiles have each signature: reads the start of every tile, so it takes as long as reading the
     * file (for {@code --validate}, not for the running kiosk). Empty if the file cannot be used.
     *
     * @throws SQLException if some tiles cannot be read (a damaged file)
     */
    public Map<TileSignature, Long> countTilesBySignature() throws SQLException {
        Map<TileSignature, Long> counts = new EnumMap<>(TileSignature.class);
        if (info == null) {
            return counts;
        }
        synchronized (tileQuery) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT substr(tile_data, 1, " + TileSignature.LENGTH + ") FROM tiles")) {
                while (rows.next()) {
                    counts.merge(TileSignature.of(rows.getBytes(1)), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private String namingTheFile(String message) {
        return file + ": " + message;
    }

    /** The caller logs the problem (the kiosk at ERROR; {@code --validate} prints it instead). */
    private static MbtilesTileSource unusable(Path file, String whatIsWrong) {
        return new MbtilesTileSource(file, null, null, null, BaseMapNames.NONE, new Findings(Optional.of(whatIsWrong), List.of()));
    }

    private static TilesetInfo readInfo(Connection connection, List<String> warnings) throws SQLException {
        Map<String, String> metadata = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, value FROM metadata")) {
            while (rows.next()) {
                metadata.put(rows.getString(1), rows.getString(2));
            }
        }
        Map<Integer, GeoBounds> coverage = readCoverage(connection);
        if (coverage.isEmpty()) {
            throw new UnusableTilesetException("the tiles table is empty");
        }
        TileFormat format = format(metadata.get("format"), sampleSignatures(connection), warnings);
        int storedMin = coverage.keySet().stream().min(Integer::compare).orElseThrow();
        int storedMax = coverage.keySet().stream().max(Integer::compare).orElseThrow();
        Integer declaredMin = parseOr("minzoom", metadata, Integer::parseInt, null, warnings);
        Integer declaredMax = parseOr("maxzoom", metadata, Integer::parseInt, null, warnings);
        if ((declaredMin != null && declaredMin != storedMin) || (declaredMax != null && declaredMax != storedMax)) {
            warnings.add("the metadata says zoom " + orUnset(declaredMin) + "–" + orUnset(declaredMax)
                    + " but the tiles are at zoom " + storedMin + "–" + storedMax + ": the kiosk uses the tiles' zooms");
        }
        return new TilesetInfo(
                metadata.getOrDefault("name", ""),
                format,
                parseOr("bounds", metadata, GeoBounds::parse, GeoBounds.WORLD, warnings),
                storedMin,
                storedMax,
                parseOr(TILE_SIZE_KEY, metadata, Integer::parseInt, TilesetInfo.DEFAULT_TILE_SIZE, warnings),
                coverage);
    }

    private static String orUnset(Integer zoom) {
        return zoom != null ? zoom.toString() : "(unset)";
    }

    /** The first few tiles' signatures, most common first. */
    private static List<TileSignature> sampleSignatures(Connection connection) throws SQLException {
        Map<TileSignature, Integer> counts = new EnumMap<>(TileSignature.class);
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT substr(tile_data, 1, " + TileSignature.LENGTH
                     + ") FROM tiles LIMIT " + SAMPLE_TILES)) {
            while (rows.next()) {
                counts.merge(TileSignature.of(rows.getBytes(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<TileSignature, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The format the tiles' bytes show, whatever the metadata says: a file is usable if some of its first tiles are
     * PNG or JPEG (the others then show as plain tiles, counted by {@link TileProblems}).
     */
    private static TileFormat format(String declared, List<TileSignature> sampled, List<String> warnings) {
        String label = declared != null ? " (format '" + declared + "' in the metadata)" : "";
        TileSignature found = sampled.stream().filter(signature -> signature.format().isPresent()).findFirst()
                .orElseThrow(() -> new UnusableTilesetException(
                        "the tiles are " + sampled.get(0).description() + label + ": " + ONLY_RASTER));
        TileFormat format = found.format().orElseThrow();
        if (declared == null) {
            warnings.add("the metadata has no 'format' (an older MBTiles file): the tiles are "
                    + found.description() + ", told from their data");
        } else if (TileFormat.fromMetadata(declared).filter(format::equals).isEmpty()) {
            warnings.add("the metadata says format '" + declared + "' but the tiles are " + found.description()
                    + ": they are read as " + found.description());
        }
        return format;
    }

    /**
     * Where the tiles' names are ({@link BaseMapNames#TABLE}), if the file says. A table the kiosk cannot read is a
     * warning: the map works, its labels just do not avoid the base map's names.
     */
    private static BaseMapNames readNames(Connection connection, List<String> warnings) {
        List<BaseMapNames.Name> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet table = statement.executeQuery("SELECT 1 FROM sqlite_master WHERE name = '"
                     + BaseMapNames.TABLE + "'")) {
            if (!table.next()) {
                return BaseMapNames.NONE;
            }
        } catch (SQLException e) {
            return BaseMapNames.NONE;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT rowid, zoom_level, west, south, east, north,"
                     + " point_lon, point_lat FROM " + BaseMapNames.TABLE)) {
            while (rows.next()) {
                GeoBounds box = new GeoBounds(rows.getDouble(3), rows.getDouble(4), rows.getDouble(5),
                        rows.getDouble(6));
                double lon = rows.getDouble(7);
                Optional<BaseMapNames.GeoPoint> point = rows.wasNull() ? Optional.empty()
                        : Optional.of(new BaseMapNames.GeoPoint(lon, rows.getDouble(8)));
                names.add(new BaseMapNames.Name(rows.getLong(1), rows.getInt(2), box, point));
            }
        } catch (SQLException | IllegalArgumentException e) {
            warnings.add("the table " + BaseMapNames.TABLE + " (where the tiles' names are) cannot be read ("
                    + e.getMessage() + "): the exhibit's labels may cover the base map's names");
            return BaseMapNames.NONE;
        }
        return new BaseMapNames(names);
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

    private static <T> T parseOr(String key, Map<String, String> metadata, Parser<T> parser, T fallback,
                                 List<String> warnings) {
        String text = metadata.get(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException e) {
            warnings.add("ignoring the unreadable metadata value " + key + " '" + text + "': " + e.getMessage());
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
