package org.zhanaozen.kiosk.tools.tilegen;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhanaozen.kiosk.map.tiles.GeoBounds;

/**
 * Which tiles to draw, from which data, and how the base map names the story's places: read from the content's
 * {@code map/basemap-plan.json}, so another exhibit draws its own region in detail and names its own towns.
 *
 * @param name              the MBTiles "name"
 * @param description       the start of the MBTiles "description" (the areas and tile size follow)
 * @param areas             the areas and their zoom ranges
 * @param detailedData      where the 10 m layers have data (they are clipped; see shared/README.md)
 * @param firstDetailedZoom from this zoom on, land and borders come from the 10 m layers inside {@code detailedData}
 * @param center            the MBTiles "center" (lon,lat,zoom): where a viewer starts
 * @param names             how Natural Earth's place names are shown
 */
record TilesetPlan(String name, String description, List<TileArea> areas, GeoBounds detailedData,
                   int firstDetailedZoom, String center, NameRules names) {

    /** An area drawn at each zoom level from {@code minZoom} to {@code maxZoom}. */
    record TileArea(String name, GeoBounds bounds, int minZoom, int maxZoom) {
    }

    /**
     * Natural Earth's place names as the story writes them.
     *
     * @param renamed    Natural Earth's name → the story's spelling
     * @param leftOut    names not drawn (a second point for a town the story names once)
     * @param emphasised the story's own towns (Natural Earth's names), drawn bold from zoom 5
     */
    record NameRules(Map<String, String> renamed, Set<String> leftOut, Set<String> emphasised) {
        NameRules {
            renamed = Map.copyOf(renamed);
            leftOut = Set.copyOf(leftOut);
            emphasised = Set.copyOf(emphasised);
        }

        static final NameRules NONE = new NameRules(Map.of(), Set.of(), Set.of());
    }

    /** The plan file's shape: bounds as MBTiles writes them, "W,S,E,N". */
    private record PlanFile(String name, String description, List<AreaFile> areas, String detailedData,
                            int firstDetailedZoom, String center, NameRules names) {
    }

    private record AreaFile(String name, String bounds, int minZoom, int maxZoom) {
    }

    /** Reads a plan file; a field it does not know is an error (usually a typo). */
    static TilesetPlan read(Path file) throws IOException {
        PlanFile plan = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(file.toFile(), PlanFile.class);
        return new TilesetPlan(plan.name(), plan.description(),
                plan.areas().stream().map(area -> new TileArea(area.name(), GeoBounds.parse(area.bounds()),
                        area.minZoom(), area.maxZoom())).toList(),
                GeoBounds.parse(plan.detailedData()), plan.firstDetailedZoom(), plan.center(),
                plan.names() != null ? plan.names() : NameRules.NONE);
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
