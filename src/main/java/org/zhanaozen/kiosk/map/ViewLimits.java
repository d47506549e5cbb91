package org.zhanaozen.kiosk.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.TilesetInfo;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

/**
 * How far a visitor may zoom and pan, so the map shows real tiles wherever it can: never beyond the world's edge, never
 * deeper than one level past the most detailed tiles at that spot (the tile reader scales a level up from the one
 * below), and never panned away from the area whose tiles the current zoom needs.
 * The story's places come first: a regional tileset that leaves some out does not hide them. The view may zoom out
 * past the tileset's lowest level to frame every place, and pan to the places outside its tiles (plain tiles there).
 * Zoom levels are Gluon's: 256 logical pixels per tile.
 */
final class ViewLimits {

    /** A rectangle in world units (0..1 across and down the Web Mercator world). */
    private record WorldArea(double left, double top, double right, double bottom) {
        static Optional<WorldArea> around(List<GeoPoint> points) {
            if (points.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new WorldArea(
                    points.stream().mapToDouble(p -> WebMercator.worldX(p.lon())).min().orElseThrow(),
                    points.stream().mapToDouble(p -> WebMercator.worldY(p.lat())).min().orElseThrow(),
                    points.stream().mapToDouble(p -> WebMercator.worldX(p.lon())).max().orElseThrow(),
                    points.stream().mapToDouble(p -> WebMercator.worldY(p.lat())).max().orElseThrow()));
        }
    }

    /** Gluon switches to the next level's tiles this much below a whole zoom (BaseMap.TIPPING). */
    private static final double TIPPING = 0.2;
    /** Without a base map the markers still work; this is as close as they need. */
    private static final int PLAIN_MAX_ZOOM = 10;
    private static final double TILE = 256;

    private final int minLevel;
    private final int maxLevel;
    private final TreeMap<Integer, GeoBounds> coverage = new TreeMap<>();
    /** Around every place: the view may zoom out until it frames them. */
    private final Optional<WorldArea> places;
    /** Around the places the tiles leave out: the view may pan until it centres any of them. */
    private final Optional<WorldArea> placesOutsideTiles;

    /**
     * @param tiles  the base map's tiles, if it has any
     * @param places the story's places, each of which the view must be able to show
     */
    ViewLimits(Optional<TilesetInfo> tiles, List<GeoPoint> places) {
        minLevel = tiles.map(TilesetInfo::minZoom).orElse(0);
        maxLevel = tiles.map(TilesetInfo::maxZoom).orElse(PLAIN_MAX_ZOOM);
        tiles.ifPresent(info -> info.coverage().forEach((level, area) -> {
            if (info.hasZoom(level)) {
                coverage.put(level, area);
            }
        }));
        this.places = WorldArea.around(places);
        this.placesOutsideTiles = WorldArea.around(tiles
                .map(info -> places.stream().filter(place -> !info.shows(place.lon(), place.lat())).toList())
                .orElse(List.of()));
    }

    /**
     * The lowest zoom at which the world still fills a view of this size, and no lower than the tiles' lowest level
     * unless the places need it: then one level below the zoom that just fits them, room for margins and labels.
     */
    double minZoom(double viewWidth, double viewHeight) {
        double fill = Math.log(Math.max(viewWidth, viewHeight) / TILE) / Math.log(2);
        double fitsPlaces = places.map(area -> zoomToFit(area, viewWidth, viewHeight, 0) - 1)
                .orElse(Double.POSITIVE_INFINITY);
        return Math.max(fill, Math.min(minLevel, fitsPlaces));
    }

    /** The highest zoom with real tiles at this spot: one level past the deepest level that covers it. */
    double maxZoomAt(double lat, double lon) {
        int deepest = coverage.descendingMap().entrySet().stream()
                .filter(level -> level.getValue().contains(lon, lat))
                .map(Map.Entry::getKey).findFirst().orElse(maxLevel - 1);
        return Math.min(maxLevel, deepest + 1);
    }

    double clampZoom(double zoom, double lat, double lon, double viewWidth, double viewHeight) {
        double min = minZoom(viewWidth, viewHeight);
        return Math.max(min, Math.min(Math.max(min, maxZoomAt(lat, lon)), zoom));
    }

    /**
     * The nearest centre that keeps the view on the area whose tiles this zoom shows (inside it where the view fits,
     * centred on it where it is smaller than the view), or that centres a place outside the tiles.
     */
    GeoPoint clampCentre(double lat, double lon, double zoom, double viewWidth, double viewHeight) {
        GeoBounds area = areaAt(zoom);
        double worldSize = TILE * Math.pow(2, zoom);
        double x = clampAxis(WebMercator.worldX(lon), WebMercator.worldX(area.west()),
                WebMercator.worldX(area.east()), viewWidth / worldSize,
                placesOutsideTiles.map(WorldArea::left), placesOutsideTiles.map(WorldArea::right));
        double y = clampAxis(WebMercator.worldY(lat), WebMercator.worldY(area.north()),
                WebMercator.worldY(area.south()), viewHeight / worldSize,
                placesOutsideTiles.map(WorldArea::top), placesOutsideTiles.map(WorldArea::bottom));
        return new GeoPoint(WebMercator.lat(y), WebMercator.lon(x));
    }

    /** The zoom at which the area fills a view of this size, leaving the given margin on each side. */
    static double zoomToFit(GeoBounds area, double viewWidth, double viewHeight, double margin) {
        return zoomToFit(new WorldArea(WebMercator.worldX(area.west()), WebMercator.worldY(area.north()),
                WebMercator.worldX(area.east()), WebMercator.worldY(area.south())), viewWidth, viewHeight, margin);
    }

    private static double zoomToFit(WorldArea area, double viewWidth, double viewHeight, double margin) {
        double zoomX = Math.log(Math.max(1, viewWidth - 2 * margin) / ((area.right() - area.left()) * TILE))
                / Math.log(2);
        double zoomY = Math.log(Math.max(1, viewHeight - 2 * margin) / ((area.bottom() - area.top()) * TILE))
                / Math.log(2);
        return Math.min(zoomX, zoomY);
    }

    /** The area a zoom may show: the tiles one level below the ones Gluon draws (those it can scale up). */
    private GeoBounds areaAt(double zoom) {
        int drawn = (int) Math.floor(zoom + TIPPING);
        Map.Entry<Integer, GeoBounds> level = coverage.floorEntry(Math.max(minLevel, drawn - 1));
        return level != null ? level.getValue() : GeoBounds.WORLD;
    }

    /** One axis in world units: the centre's range on the tiles, widened to reach the places outside them. */
    private static double clampAxis(double centre, double from, double to, double view,
                                    Optional<Double> reachFrom, Optional<Double> reachTo) {
        double low = from + view / 2;
        double high = to - view / 2;
        if (low > high) {
            low = (from + to) / 2;
            high = low;
        }
        low = Math.min(low, reachFrom.orElse(low));
        high = Math.max(high, reachTo.orElse(high));
        return Math.max(low, Math.min(high, centre));
    }
}
