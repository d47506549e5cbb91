package org.zhanaozen.kiosk.map.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in its own JVM by {@link NoNetworkTest}: forbids every socket for the whole JVM (which cannot be undone, hence
 * the separate process), loads tiles the way Gluon Maps does, and exits 0 only if no socket was asked for.
 * Exit 3 means the guard itself did not work.
 */
public final class NoNetworkProbe {

    private static final AtomicInteger SOCKETS = new AtomicInteger();

    private NoNetworkProbe() {
    }

    // deprecated, yet the one hook in Java 17 that sees every socket the JVM asks for
    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        Socket.setSocketImplFactory(() -> {
            SOCKETS.incrementAndGet();
            throw new IllegalStateException("the kiosk must not open sockets");
        });
        TestTilesets.startJavaFx();
        MbtilesTileSource source = MbtilesTileSource.open(Path.of(args[0]));
        BaseMapTiles.use(source, Runnable::run);
        TileRetriever retriever = TileRetrieverProvider.getInstance().load();
        for (int zoom = 0; zoom <= 12; zoom++) {
            for (long x = 0; x < Math.min(4, 1L << zoom); x++) {
                for (long y = 0; y < Math.min(4, 1L << zoom); y++) {
                    retriever.loadTile(zoom, x, y).join();
                }
            }
        }
        int duringTileLoads = SOCKETS.get();

        // prove the guard sees a real connection attempt
        try {
            new URL("http://127.0.0.1:9/").openConnection().connect();
        } catch (IOException | RuntimeException expected) {
            // refused by the guard
        }
        if (SOCKETS.get() == duringTileLoads) {
            System.exit(3);
        }
        System.exit(duringTileLoads == 0 ? 0 : 1);
    }
}
