package org.zhanaozen.kiosk.tools.tilegen;

import java.util.List;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;

/**
 * Which tiles to draw and from which data.
 *
 * @param areas               the areas and their zoom ranges
 * @param detailedData        where the 10 m layers have data (they are clipped; see shared/README.md)
 * @param firstDetailedZoom   from this zoom on, land and borders come from the 10 m layers inside {@code detailedData}
 * @param center              the MBTiles "center" (lon,lat,zoom): where a viewer starts
 */
record TilesetPlan(List<TileArea> areas, GeoBounds detailedData, int firstDetailedZoom, String center) {

    /** An area drawn at each zoom level from {@code minZoom} to {@code maxZoom}. */
    record TileArea(String name, GeoBounds bounds, int minZoom, int maxZoom) {
    }

    /** The kiosk's base map: the world for orientation, Europe to Central Asia, and Mangystau in detail. */
    static TilesetPlan kiosk() {
        return new TilesetPlan(List.of(
                new TileArea("world", GeoBounds.WORLD, 0, 4),
                new TileArea("Europe to Central Asia", new GeoBounds(-12, 28, 92, 64), 5, 7),
                new TileArea("Mangystau", new GeoBounds(49.5, 41, 56, 46.5), 8, 10)),
                new GeoBounds(-12, 28, 92, 64), 5, "52.86,43.34,6"); // Zhanaozen
    }

    int minZoom() {
        return areas.stream().mapToInt(TileArea::minZoom).min().orElseThrow();
    }

    int maxZoom() {
        return areas.stream().mapToInt(TileArea::maxZoom).max().orElseThrow();
    }

    /** The union of the areas' bounds, for the MBTiles "bounds". */
    GeoBounds bounds() {
        return areas.stream().map(TileArea::bounds).reduce((a, b) -> new GeoBounds(Math.min(a.west(), b.west()),
                Math.min(a.south(), b.south()), Math.max(a.east(), b.east()), Math.max(a.north(), b.north())))
                .orElseThrow();
    }

    List<TileArea> areasAt(int zoom) {
        return areas.stream().filter(area -> zoom >= area.minZoom() && zoom <= area.maxZoom()).toList();
    }
}
