package org.zhanaozen.kiosk.map.tiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tiles a source could not show, counted by kind of problem. A broken tileset fails the same way for every tile
 * the map asks for, so each kind is logged once, on its first tile, and the staff diagnostics give the count.
 * Safe to use from the tile loader threads.
 */
public final class TileProblems {

    private static final Logger LOG = LoggerFactory.getLogger(TileProblems.class);

    /** The tiles with one kind of problem, in the order met; a tile the map asks for again counts once. */
    private static final class Kind {
        final Set<String> tiles = new LinkedHashSet<>();
    }

    private final String source;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    /** @param source names the tileset in the log, e.g. its file */
    TileProblems(String source) {
        this.source = source;
    }

    /**
     * Counts one tile shown plain because of {@code problem}, worded to follow "tile" or "tiles" (e.g. "could not be
     * shown: its data is WebP, not PNG or JPEG"); logs it if it is the first of its kind.
     */
    void report(String problem, int zoom, long column, long row) {
        String tile = zoom + "/" + column + "/" + row;
        boolean first;
        synchronized (kinds) {
            Kind kind = kinds.computeIfAbsent(problem, key -> new Kind());
            first = kind.tiles.isEmpty();
            kind.tiles.add(tile);
        }
        if (first) {
            LOG.warn("Base map {}: tile {} {}. It shows as a plain tile; further tiles with this problem do too and"
                    + " are counted in the staff diagnostics, not logged", source, tile, problem);
        }
    }

    /** One line per kind of problem, with how many tiles had it: "142 tiles could not be shown: … (first: 3/4/2)". */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        synchronized (kinds) {
            kinds.forEach((problem, kind) -> lines.add(kind.tiles.size() + (kind.tiles.size() == 1 ? " tile " : " tiles ")
                    + problem + " (first: " + kind.tiles.iterator().next() + ")"));
        }
        return lines;
    }
}
