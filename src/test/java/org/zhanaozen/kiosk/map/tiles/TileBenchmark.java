package org.zhanaozen.kiosk.map.tiles;

import java.io.ByteArrayInputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
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
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.zhanaozen.kiosk.FxHarness;

/**
 * How long the kiosk takes to read and decode one tile (SQLite read + PNG decode to a JavaFX image), over every tile
 * of zoom 5 and up that lies in Mangystau or Europe: once cold (first read of each tile in this JVM), then warm.
 * Then the same warm rounds split into their parts: the SQLite read alone, the PNG decode alone, and the garbage
 * collections (count and pause time) that happened during each.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.zhanaozen.kiosk.map.tiles.TileBenchmark \
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
        // JavaFX decodes images only with its toolkit running
        FxHarness.start("1920x1080-32");
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
            GcTally warmGc = GcTally.start();
            for (int round = 0; round < WARM_ROUNDS; round++) {
                warm = concat(warm, time(retriever, tiles));
            }
            report("warm", warm);
            warmGc.report();
            splitReport(source, tiles);
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

    private static void splitReport(MbtilesTileSource source, List<long[]> tiles) {
        List<byte[]> data = new ArrayList<>();
        double[] reads = new double[0];
        GcTally readGc = GcTally.start();
        for (int round = 0; round < WARM_ROUNDS; round++) {
            double[] millis = new double[tiles.size()];
            data.clear();
            for (int i = 0; i < tiles.size(); i++) {
                long[] tile = tiles.get(i);
                long start = System.nanoTime();
                data.add(source.tileData((int) tile[0], tile[1], tile[2]).orElseThrow());
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            reads = concat(reads, millis);
        }
        report("  read only (SQLite)", reads);
        readGc.report();
        double[] decodes = new double[0];
        GcTally decodeGc = GcTally.start();
        for (int round = 0; round < WARM_ROUNDS; round++) {
            double[] millis = new double[data.size()];
            for (int i = 0; i < data.size(); i++) {
                long start = System.nanoTime();
                new Image(new ByteArrayInputStream(data.get(i)));
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            decodes = concat(decodes, millis);
        }
        report("  decode only (PNG)", decodes);
        decodeGc.report();
    }

    /** Garbage collections since {@link #start()}: how many, and their summed pause time. */
    private record GcTally(long count, long millis) {
        static GcTally start() {
            return now();
        }

        private static GcTally now() {
            long count = 0;
            long millis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            return new GcTally(count, millis);
        }

        void report() {
            GcTally end = now();
            System.out.printf(Locale.ROOT, "    GC meanwhile: %d collections, %d ms%n", end.count - count,
                    end.millis - millis);
        }
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
}
