package org.zhanaozen.kiosk.map.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the base map's own names are drawn in its tiles, per zoom level: the map screen keeps the exhibit's labels
 * off them. A tileset that does not say (any MBTiles file from elsewhere) has none, and labels go where they fit.
 */
public final class BaseMapNames {

    /** The MBTiles table the kiosk's tile generator writes; not part of the MBTiles spec, which allows extra tables. */
    public static final String TABLE = "label_boxes";

    /** A tileset that does not say where its names are. */
    public static final BaseMapNames NONE = new BaseMapNames(List.of());

    /**
     * Gluon Maps shows the tiles of level floor(zoom + 0.2) (its BaseMap.TIPPING, not public API): at zoom 4.8 the
     * level 5 tiles are already on screen.
     */
    private static final double GLUON_TIPPING = 0.2;

    /**
     * One drawn name.
     *
     * @param id    its row, to read the map under it ({@link TileSource#groundUnder})
     * @param zoom  the zoom level whose tiles show it
     * @param box   the name's text, its dot and a small margin
     * @param point the place it names, for names drawn beside a dot (towns); empty for areas (seas, countries)
     */
    public record Name(long id, int zoom, GeoBounds box, Optional<GeoPoint> point) {
    }

    /** A longitude and latitude in degrees. */
    public record GeoPoint(double lon, double lat) {
    }

    private final Map<Integer, List<Name>> byZoom = new TreeMap<>();

    public BaseMapNames(List<Name> names) {
        for (Name name : names) {
            byZoom.computeIfAbsent(name.zoom(), zoom -> new ArrayList<>()).add(name);
        }
        byZoom.replaceAll((zoom, list) -> List.copyOf(list));
    }

    public boolean isEmpty() {
        return byZoom.isEmpty();
    }

    /**
     * The names on screen in {@code area} when the map is at {@code mapZoom}. Where the shown level has no tile, the
     * map shows a lower level's tile enlarged (see {@link MbtilesTileRetriever}), and with it that level's names.
     */
    public List<Name> shownIn(GeoBounds area, double mapZoom, TilesetInfo tileset) {
        int level = Math.min((int) Math.floor(mapZoom + GLUON_TIPPING), tileset.maxZoom());
        List<Name> shown = new ArrayList<>();
        byZoom.forEach((zoom, names) -> {
            if (zoom > level) {
                return;
            }
            for (Name name : names) {
                if (name.box().overlaps(area) && levelShownAt(name, level, tileset) == zoom) {
                    shown.add(name);
                }
            }
        });
        return shown;
    }

    /** The highest level up to {@code level} with tiles where the name's middle is. */
    private static int levelShownAt(Name name, int level, TilesetInfo tileset) {
        double lon = (name.box().west() + name.box().east()) / 2;
        double lat = (name.box().south() + name.box().north()) / 2;
        for (int zoom = level; zoom >= tileset.minZoom(); zoom--) {
            Optional<GeoBounds> covered = tileset.coveredArea(zoom);
            if (covered.isPresent() && covered.get().contains(lon, lat)) {
                return zoom;
            }
        }
        return -1;
    }
}
