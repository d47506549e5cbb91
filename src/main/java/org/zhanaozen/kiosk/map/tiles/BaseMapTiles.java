package org.zhanaozen.kiosk.map.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Points the map's tile retriever at a tile source. Gluon Maps builds {@link MbtilesTileRetriever} itself through
 * ServiceLoader, so the app hands it the source here, once at start, before the first MapView is shown.
 */
public final class BaseMapTiles {

    /** The source, the executor and the source's plain tile, swapped together so a tile load sees one setup. */
    record Setup(TileSource source, Executor loader, NeutralTile neutralTile) {
        Setup(TileSource source, Executor loader) {
            this(source, loader, new NeutralTile(source));
        }
    }

    private static volatile Setup setup =
            new Setup(TileSource.unavailable("no base map was configured (BaseMapTiles.use was not called)"),
                    Runnable::run);

    private BaseMapTiles() {
    }

    /**
     * @param source where tiles come from
     * @param loader runs tile reading and decoding: a background executor in the app, a direct one in tests
     */
    public static void use(TileSource source, Executor loader) {
        setup = new Setup(Objects.requireNonNull(source, "source"), Objects.requireNonNull(loader, "loader"));
    }

    /** The source in use, for the map screen (zoom and pan limits) and the staff error screen ({@code problem()}). */
    public static TileSource source() {
        return setup.source();
    }

    /**
     * The staff diagnostics' lines about the base map: its name and zooms or why it cannot be used, what is odd about
     * it, and the tiles it could not show so far, by kind.
     */
    public static List<String> diagnostics() {
        TileSource source = source();
        List<String> lines = new ArrayList<>();
        lines.add(source.problem().map(problem -> "Base map problem: " + problem)
                .orElse("Base map: " + source.info()
                        .map(info -> info.name() + ", " + info.format().metadataName() + " tiles, zoom "
                                + info.minZoom() + "–" + info.maxZoom()).orElse("none")));
        source.warnings().forEach(warning -> lines.add("Base map warning: " + warning));
        source.tileProblems().summary().forEach(tiles -> lines.add("Base map tile problem: " + tiles));
        return lines;
    }

    static Setup current() {
        return setup;
    }
}
