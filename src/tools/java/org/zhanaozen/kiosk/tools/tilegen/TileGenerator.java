package org.zhanaozen.kiosk.tools.tilegen;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.MbtilesTileSource;
import org.zhanaozen.kiosk.map.tiles.TileFormat;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

/**
 * Renders the kiosk's offline base map from Natural Earth into an MBTiles file of 512-px PNG tiles.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Ptiles
 * (same as: mvn -q -B test-compile exec:java -Dexec.mainClass=org.zhanaozen.kiosk.tools.tilegen.TileGenerator \
 *     -Dexec.args="../shared/naturalearth data/map/basemap.mbtiles data/map/basemap-plan.json")
 * </pre>
 */
public final class TileGenerator {

    /** Tiles drawn together in one image (this many across and down). */
    private static final int METATILE_TILES = 4;

    private final NaturalEarth data;
    private final TilesetPlan plan;

    TileGenerator(Path naturalEarthFolder, TilesetPlan plan) {
        this.data = new NaturalEarth(naturalEarthFolder);
        this.plan = plan;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: TileGenerator <naturalearth-folder> <output.mbtiles> <basemap-plan.json>");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        TilesetPlan plan;
        try {
            plan = TilesetPlan.read(Path.of(args[2]));
        } catch (IOException | IllegalArgumentException e) {
            // Jackson's message names the line and column of what is wrong
            System.err.println(args[2] + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        new TileGenerator(Path.of(args[0]), plan).generate(Path.of(args[1]));
    }

    /** Writes the whole tileset to a scratch file next to {@code output}, then moves it into place. */
    void generate(Path output) throws IOException, SQLException {
        long started = System.nanoTime();
        Path absolute = output.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path scratch = absolute.resolveSibling(absolute.getFileName() + ".part");
        Files.deleteIfExists(scratch);
        Labels labels = new Labels(data, plan.names());
        MetatileRenderer renderer = new MetatileRenderer(data, plan);
        int tileCount = 0;
        try (MbtilesWriter writer = new MbtilesWriter(scratch)) {
            for (int zoom = plan.minZoom(); zoom <= plan.maxZoom(); zoom++) {
                long zoomStarted = System.nanoTime();
                Map<Long, List<long[]>> blocks = tilesByBlock(zoom);
                if (blocks.isEmpty()) {
                    continue;
                }
                List<Labels.PlacedLabel> placed = labels.place(zoom, tiledWorldArea(zoom));
                int z = zoom;
                List<MbtilesWriter.EncodedTile> tiles = blocks.values().parallelStream()
                        .flatMap(block -> renderBlock(renderer, z, block, placed).stream())
                        .toList();
                writer.writeTiles(tiles);
                writer.writeNames(zoom, placed.parallelStream().map(label -> new MbtilesWriter.DrawnName(
                        MetatileRenderer.wholePixels(label.box()), label.dot(),
                        PalettePng.encode(renderer.renderGround(z, label), MapStyle.FLAT_COLORS))).toList());
                tileCount += tiles.size();
                long bytes = tiles.stream().mapToLong(tile -> tile.data().length).sum();
                System.out.printf(Locale.ROOT, "zoom %2d: %5d tiles, %4d labels, %7.1f kB, %5.1f s%n", zoom,
                        tiles.size(), placed.size(), bytes / 1024.0, (System.nanoTime() - zoomStarted) / 1e9);
            }
            writer.writeMetadata(metadata());
        }
        Files.move(scratch, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf(Locale.ROOT, "%s: %d tiles, %.1f MB, %.0f s%n", output, tileCount,
                Files.size(absolute) / 1e6, (System.nanoTime() - started) / 1e9);
    }

    private List<MbtilesWriter.EncodedTile> renderBlock(MetatileRenderer renderer, int zoom, List<long[]> tiles,
                                                        List<Labels.PlacedLabel> labels) {
        long firstColumn = tiles.get(0)[0] / METATILE_TILES * METATILE_TILES;
        long firstRow = tiles.get(0)[1] / METATILE_TILES * METATILE_TILES;
        int across = (int) Math.min(METATILE_TILES, WebMercator.tilesAcross(zoom));
        BufferedImage image = renderer.render(zoom, firstColumn, firstRow, across, labels);
        List<MbtilesWriter.EncodedTile> encoded = new ArrayList<>();
        for (long[] tile : tiles) {
            int x = (int) (tile[0] - firstColumn) * MapStyle.TILE_PIXELS;
            int y = (int) (tile[1] - firstRow) * MapStyle.TILE_PIXELS;
            BufferedImage cut = image.getSubimage(x, y, MapStyle.TILE_PIXELS, MapStyle.TILE_PIXELS);
            encoded.add(new MbtilesWriter.EncodedTile(zoom, tile[0], tile[1],
                    PalettePng.encode(cut, MapStyle.FLAT_COLORS)));
        }
        return encoded;
    }

    /** The tiles of a zoom level (XYZ column and row), grouped by the block they are drawn in, in a fixed order. */
    private Map<Long, List<long[]>> tilesByBlock(int zoom) {
        TreeSet<Long> keys = new TreeSet<>();
        long across = WebMercator.tilesAcross(zoom);
        for (TilesetPlan.TileArea area : plan.areasAt(zoom)) {
            for (long column = firstColumn(area.bounds(), zoom); column <= lastColumn(area.bounds(), zoom); column++) {
                for (long row = WebMercator.tileRow(area.bounds().north(), zoom);
                     row <= WebMercator.tileRow(area.bounds().south(), zoom); row++) {
                    keys.add(row * across + column);
                }
            }
        }
        Map<Long, List<long[]>> blocks = new TreeMap<>();
        long blocksAcross = Math.max(1, across / METATILE_TILES);
        for (long key : keys) {
            long column = key % across;
            long row = key / across;
            long block = (row / METATILE_TILES) * blocksAcross + column / METATILE_TILES;
            blocks.computeIfAbsent(block, b -> new ArrayList<>()).add(new long[] {column, row});
        }
        return blocks;
    }

    /** The area of a zoom level's tiles in world coordinates, for choosing which names to place. */
    private Rectangle2D tiledWorldArea(int zoom) {
        double across = WebMercator.tilesAcross(zoom);
        Rectangle2D area = null;
        for (TilesetPlan.TileArea tileArea : plan.areasAt(zoom)) {
            GeoBounds bounds = tileArea.bounds();
            long north = WebMercator.tileRow(bounds.north(), zoom);
            long south = WebMercator.tileRow(bounds.south(), zoom);
            Rectangle2D rect = new Rectangle2D.Double(firstColumn(bounds, zoom) / across, north / across,
                    (lastColumn(bounds, zoom) + 1 - firstColumn(bounds, zoom)) / across, (south + 1 - north) / across);
            if (area == null) {
                area = rect;
            } else {
                area.add(rect);
            }
        }
        return area;
    }

    private static long firstColumn(GeoBounds bounds, int zoom) {
        return WebMercator.tileColumn(bounds.west(), zoom);
    }

    /** The east edge belongs to the next tile only if it lies inside it. */
    private static long lastColumn(GeoBounds bounds, int zoom) {
        return WebMercator.tileColumn(Math.nextDown(bounds.east()), zoom);
    }

    private Map<String, String> metadata() {
        GeoBounds bounds = plan.bounds();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("name", plan.name());
        metadata.put("format", TileFormat.PNG.metadataName());
        metadata.put("bounds", bounds.toMetadata());
        metadata.put("center", plan.center());
        metadata.put("minzoom", Integer.toString(plan.minZoom()));
        metadata.put("maxzoom", Integer.toString(plan.maxZoom()));
        metadata.put(MbtilesTileSource.TILE_SIZE_KEY, Integer.toString(MapStyle.TILE_PIXELS));
        metadata.put("attribution", "Natural Earth");
        metadata.put("description", plan.description() + ", rendered from Natural Earth: "
                + describeAreas() + ". " + MapStyle.TILE_PIXELS + "-px tiles, shown as 256-px map tiles.");
        metadata.put("type", "baselayer");
        metadata.put("version", "1");
        return metadata;
    }

    private String describeAreas() {
        List<String> parts = new ArrayList<>();
        for (TilesetPlan.TileArea area : plan.areas()) {
            parts.add(area.name() + " z" + area.minZoom() + "-" + area.maxZoom());
        }
        return String.join(", ", parts);
    }
}
