package org.zhanaozen.kiosk.map;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.map.tiles.BaseMapTiles;
import org.zhanaozen.kiosk.map.tiles.MbtilesTileSource;
import org.zhanaozen.kiosk.map.tiles.TileSource;

/**
 * Opens the content folder's base map ({@link ContentLoader#BASE_MAP}) and hands it to Gluon Maps' tile retriever.
 * A missing or damaged file is logged at ERROR and kept for the staff diagnostics ({@link #problem()}); visitors
 * then see the places on a plain background. What is odd about a usable file (metadata its tiles contradict) is
 * logged at WARN and shown in the diagnostics too.
 */
public final class BaseMapSetup {

    private static final Logger LOG = LoggerFactory.getLogger(BaseMapSetup.class);
    static final int LOADER_THREADS = 2;

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    private static ExecutorService background;
    /** The file the map's tiles come from now; the one before it is closed when the next is opened. */
    private static MbtilesTileSource inUse;

    private final TileSource source;
    private final Executor loader;

    private BaseMapSetup(TileSource source, Executor loader) {
        this.source = source;
        this.loader = loader;
    }

    /**
     * Opens the base map of a content folder and makes it the map's tile source.
     *
     * @param loader reads and decodes tiles: {@link #backgroundLoader()} in the kiosk; a direct executor where tiles
     *               must be on screen before the next frame (screenshots, tests)
     */
    public static synchronized BaseMapSetup open(Path contentFolder, Executor loader) {
        MbtilesTileSource source = MbtilesTileSource.open(contentFolder.resolve(ContentLoader.BASE_MAP));
        source.problem().ifPresent(problem ->
                LOG.error("The map shows its places on a plain background: the base map cannot be used: {}", problem));
        source.warnings().forEach(warning -> LOG.warn("Base map: {}", warning));
        BaseMapTiles.use(source, loader);
        // Tiles come from one source at a time (the map screens built last): each reload would otherwise leave
        // an SQLite connection and a file handle open for good.
        if (inUse != null) {
            inUse.close();
        }
        inUse = source;
        return new BaseMapSetup(source, loader);
    }

    /** One small pool of daemon threads for the life of the app, however often the screens are built. */
    public static synchronized Executor backgroundLoader() {
        if (background == null) {
            ThreadFactory daemons = task -> {
                Thread thread = new Thread(task, "map-tiles-" + THREAD_NUMBER.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            background = Executors.newFixedThreadPool(LOADER_THREADS, daemons);
        }
        return background;
    }

    public TileSource source() {
        return source;
    }

    /** Where the map's images are read and decoded. */
    Executor loader() {
        return loader;
    }

    /** What is wrong with the base map, for the staff diagnostics; empty when the map has its tiles. */
    public Optional<String> problem() {
        return source.problem();
    }
}
