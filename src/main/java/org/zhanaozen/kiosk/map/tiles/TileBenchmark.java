package org.zhanaozen.kiosk.map.tiles;

import javafx.application.Platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long the kiosk takes to read and decode one tile (SQLite read + PNG decode to a JavaFX image), over every tile
 * of zoom 5 and up that lies in Mangystau or Europe: once cold (first read of each tile in this JVM), then warm.
 *
 * <pre>
 * mvn -q -B compile exec:java -Dexec.mainClass=org.zhanaozen.kiosk.map.tiles.TileBenchmark \
 *     -Dexec.args=data/map/basemap.mbtiles
 * </pre>
 */
public final class TileBenchmark {

    private static final GeoBounds MEASURED_AREA = new GeoBounds(-12, 28, 92, 64);
    private static final int MEASURED_FROM_ZOOM = 5;
    private static final int WARM_ROUNDS = 3;

    private TileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: TileBenchmark <file.mbtiles>");
            System.exit(2);
        }
        startJavaFxHeadlessIfNoDisplay();
        Path file = Path.of(args[0]);
        List<long[]> tiles = tilesInArea(file);
        try (MbtilesTileSource source = MbtilesTileSource.open(file)) {
            source.problem().ifPresent(problem -> {
                throw new IllegalStateException(problem);
            });
            BaseMapTiles.use(source, Runnable::run);
            MbtilesTileRetriever retriever = new MbtilesTileRetriever();
            report("cold", time(retriever, tiles));
            double[] warm = new double[0];
            for (int round = 0; round < WARM_ROUNDS; round++) {
                warm = concat(warm, time(retriever, tiles));
            }
            report("warm", warm);
        }
        Platform.exit();
    }

    private static double[] time(MbtilesTileRetriever retriever, List<long[]> tiles) {
        double[] millis = new double[tiles.size()];
        for (int i = 0; i < tiles.size(); i++) {
            long[] tile = tiles.get(i);
            long start = System.nanoTime();
            retriever.loadTile((int) tile[0], tile[1], tile[2]).join();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static void report(String label, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %d tiles, median %.2f ms, p95 %.2f ms, max %.2f ms%n", label,
                sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double[] concat(double[] a, double[] b) {
        double[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The XYZ addresses (zoom, column, row) of the stored tiles in the measured area. */
    private static List<long[]> tilesInArea(Path file) throws SQLException {
        List<long[]> tiles = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT zoom_level, tile_column, tile_row FROM tiles WHERE zoom_level >= ?"
                             + " ORDER BY zoom_level, tile_column, tile_row")) {
            query.setInt(1, MEASURED_FROM_ZOOM);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int zoom = rows.getInt(1);
                    long column = rows.getLong(2);
                    long row = WebMercator.flipRow(rows.getLong(3), zoom);
                    if (MEASURED_AREA.overlaps(WebMercator.tileBounds(zoom, column, row))) {
                        tiles.add(new long[] {zoom, column, row});
                    }
                }
            }
        }
        return tiles;
    }

    /** JavaFX decodes images only with its toolkit running; without a display use Monocle's headless platform. */
    public static void startJavaFxHeadlessIfNoDisplay() {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Platform.startup(() -> { });
    }
}
