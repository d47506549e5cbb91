package org.zhanaozen.kiosk.map;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;
import org.zhanaozen.kiosk.map.tiles.TilesetInfo;
import org.zhanaozen.kiosk.map.tiles.WebMercator;

/**
 * How far a visitor may zoom and pan, so the map always shows real tiles: never beyond the world's edge, never
 * deeper than one level past the most detailed tiles at that spot (the tile reader scales a level up from the one
 * below), and never panned away from the area whose tiles the current zoom needs.
 * Zoom levels are Gluon's: 256 logical pixels per tile.
 */
final class ViewLimits {

    /** Gluon switches to the next level's tiles this much below a whole zoom (BaseMap.TIPPING). */
    private static final double TIPPING = 0.2;
    /** Without a base map the markers still work; this is as close as they need. */
    private static final int PLAIN_MAX_ZOOM = 10;
    private static final double TILE = 256;

    private final int minLevel;
    private final int maxLevel;
    private final TreeMap<Integer, GeoBounds> coverage = new TreeMap<>();

    ViewLimits(Optional<TilesetInfo> tiles) {
        minLevel = tiles.map(TilesetInfo::minZoom).orElse(0);
        maxLevel = tiles.map(TilesetInfo::maxZoom).orElse(PLAIN_MAX_ZOOM);
        tiles.ifPresent(info -> info.coverage().forEach((level, area) -> {
            if (info.hasZoom(level)) {
                coverage.put(level, area);
            }
        }));
    }

    /** The lowest zoom at which the world still fills a view of this size. */
    double minZoom(double viewWidth, double viewHeight) {
        double fill = Math.log(Math.max(viewWidth, viewHeight) / TILE) / Math.log(2);
        return Math.max(minLevel, fill);
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
     * The nearest centre that keeps the view on the area whose tiles this zoom shows: inside it where the view fits,
     * centred on it where it is smaller than the view.
     */
    GeoPoint clampCentre(double lat, double lon, double zoom, double viewWidth, double viewHeight) {
        GeoBounds area = areaAt(zoom);
        double worldSize = TILE * Math.pow(2, zoom);
        double x = clampAxis(WebMercator.worldX(lon) * worldSize, WebMercator.worldX(area.west()) * worldSize,
                WebMercator.worldX(area.east()) * worldSize, viewWidth);
        double y = clampAxis(WebMercator.worldY(lat) * worldSize, WebMercator.worldY(area.north()) * worldSize,
                WebMercator.worldY(area.south()) * worldSize, viewHeight);
        return new GeoPoint(WebMercator.lat(y / worldSize), WebMercator.lon(x / worldSize));
    }

    /** The zoom at which the area fills a view of this size, leaving the given margin on each side. */
    static double zoomToFit(GeoBounds area, double viewWidth, double viewHeight, double margin) {
        double width = WebMercator.worldX(area.east()) - WebMercator.worldX(area.west());
        double height = WebMercator.worldY(area.south()) - WebMercator.worldY(area.north());
        double zoomX = Math.log(Math.max(1, viewWidth - 2 * margin) / (width * TILE)) / Math.log(2);
        double zoomY = Math.log(Math.max(1, viewHeight - 2 * margin) / (height * TILE)) / Math.log(2);
        return Math.min(zoomX, zoomY);
    }

    /** The area a zoom may show: the tiles one level below the ones Gluon draws (those it can scale up). */
    private GeoBounds areaAt(double zoom) {
        int drawn = (int) Math.floor(zoom + TIPPING);
        Map.Entry<Integer, GeoBounds> level = coverage.floorEntry(Math.max(minLevel, drawn - 1));
        return level != null ? level.getValue() : GeoBounds.WORLD;
    }

    private static double clampAxis(double centre, double from, double to, double view) {
        double low = from + view / 2;
        double high = to - view / 2;
        if (low > high) {
            return (from + to) / 2;
        }
        return Math.max(low, Math.min(high, centre));
    }
}
