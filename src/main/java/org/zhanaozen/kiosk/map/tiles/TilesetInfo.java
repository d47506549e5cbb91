package org.zhanaozen.kiosk.map.tiles;

import java.util.Map;
import java.util.Optional;

/**
 * What a tileset holds, for the reader and for the map screen (which clamps zoom and panning to it).
 *
 * @param format     the format its tiles' bytes show (the metadata's "format" may be missing or wrong)
 * @param bounds     the declared bounds ("bounds" metadata, or the world)
 * @param minZoom    the lowest zoom level with tiles (not the metadata's "minzoom", which may contradict the tiles)
 * @param maxZoom    the highest zoom level with tiles
 * @param tileSize   pixel width of a tile image; 512 means "crisp on a 2x screen", still shown as a 256-px map tile
 * @param coverage   per zoom level, the area its stored tiles cover (may be smaller than {@code bounds})
 */
public record TilesetInfo(String name, TileFormat format, GeoBounds bounds, int minZoom, int maxZoom, int tileSize,
                          Map<Integer, GeoBounds> coverage) {

    /** MBTiles readers assume 256-px tiles unless told otherwise. */
    public static final int DEFAULT_TILE_SIZE = 256;

    public TilesetInfo {
        coverage = Map.copyOf(coverage);
    }

    public boolean hasZoom(int zoom) {
        return zoom >= minZoom && zoom <= maxZoom;
    }

    /** Whether some zoom level has tiles where this point is: elsewhere the map shows only the plain tile. */
    public boolean shows(double lon, double lat) {
        return bounds.contains(lon, lat) && coverage.values().stream().anyMatch(area -> area.contains(lon, lat));
    }

    /** The area the tiles of one zoom level cover, empty if that level has none. */
    public Optional<GeoBounds> coveredArea(int zoom) {
        return Optional.ofNullable(coverage.get(zoom));
    }
}
