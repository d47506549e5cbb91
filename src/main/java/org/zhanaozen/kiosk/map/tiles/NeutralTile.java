package org.zhanaozen.kiosk.map.tiles;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The plain tile shown where the base map has no picture (a missing tile, a place outside its bounds). Its colour is
 * the base map's own: the colour that most of the tileset's widest tile shows (on a world map, the sea), so a plain
 * tile looks like part of the map and no colour is written in Java. Without a readable base map it is transparent,
 * and the map area's background from the stylesheet shows instead.
 */
final class NeutralTile {

    private final TileSource source;
    private Image image;

    NeutralTile(TileSource source) {
        this.source = source;
    }

    /** The plain tile, at the tileset's tile size; made on first use (it decodes a tile). */
    synchronized Image image() {
        if (image == null) {
            int size = source.info().map(TilesetInfo::tileSize).orElse(TilesetInfo.DEFAULT_TILE_SIZE);
            image = filled(size, baseColour().orElse(0));
        }
        return image;
    }

    /** As ARGB: the most common pixel of the tile at the middle of the lowest zoom level's tiles. */
    private Optional<Integer> baseColour() {
        Optional<TilesetInfo> info = source.info();
        if (info.isEmpty()) {
            return Optional.empty();
        }
        int zoom = info.get().minZoom();
        return info.get().coveredArea(zoom)
                .flatMap(area -> source.tileData(zoom,
                        WebMercator.tileColumn((area.west() + area.east()) / 2, zoom),
                        WebMercator.tileRow(WebMercator.lat(
                                (WebMercator.worldY(area.north()) + WebMercator.worldY(area.south())) / 2), zoom)))
                .map(data -> new Image(new ByteArrayInputStream(data)))
                .filter(tile -> !tile.isError() && tile.getPixelReader() != null)
                .map(NeutralTile::mostCommonPixel);
    }

    private static int mostCommonPixel(Image tile) {
        int width = (int) tile.getWidth();
        int height = (int) tile.getHeight();
        int[] pixels = new int[width * height];
        tile.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int pixel : pixels) {
            counts.merge(pixel, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static Image filled(int size, int argb) {
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, argb);
        WritableImage image = new WritableImage(size, size);
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), pixels, 0, size);
        return image;
    }
}
