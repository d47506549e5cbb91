package org.zhanaozen.kiosk.map;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhanaozen.kiosk.FxHarness;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * Run in its own JVM by NoNetworkTest: forbids every socket, shows the map screen on the given content folder and
 * uses it (every place, zoom, show everything), with tiles loading in the background as in the kiosk. Exits 0 only
 * if no socket was asked for; 3 means the guard itself did not work.
 */
public final class MapScreenNoNetworkProbe {

    private static final AtomicInteger SOCKETS = new AtomicInteger();

    private MapScreenNoNetworkProbe() {
    }

    // deprecated, yet the one hook in Java 17 that sees every socket the JVM asks for
    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        Socket.setSocketImplFactory(() -> {
            SOCKETS.incrementAndGet();
            throw new IllegalStateException("the kiosk must not open sockets");
        });
        FxHarness.start("1280x720-32");
        Exhibit exhibit = ContentLoader.load(Path.of(args[0])).valid().orElseThrow();
        MapScreen map = FxHarness.onFx(() -> {
            Theme.loadFonts();
            MapScreen shown = new MapScreen(exhibit, new Navigator(),
                    BaseMapSetup.open(exhibit.folder(), BaseMapSetup.backgroundLoader()), Motion.NONE);
            Stage stage = new Stage();
            Scene scene = new Scene((Parent) shown.view(), 1280, 720);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            return shown;
        });
        for (var place : exhibit.places()) {
            FxHarness.onFx(() -> map.open(new Link.ToPlaceAtZoom(place.id(), 10)));
            FxHarness.onFx(() -> layOut(map));
            FxHarness.onFx(() -> map.layer().zoomBy(-1));
            FxHarness.onFx(() -> layOut(map));
        }
        FxHarness.onFx(map::showEverything);
        FxHarness.onFx(map::reset);
        drainTileLoader();
        int duringUse = SOCKETS.get();

        try {
            new URL("http://127.0.0.1:9/").openConnection().connect();
        } catch (IOException | RuntimeException expected) {
            // refused by the guard
        }
        if (SOCKETS.get() == duringUse) {
            System.exit(3);
        }
        System.exit(duringUse == 0 ? 0 : 1);
    }

    /**
     * Returns once every tile load asked for so far has finished: one task per loader thread, each waiting for the
     * others, can only all run when no earlier task holds a thread.
     */
    private static void drainTileLoader() throws Exception {
        CyclicBarrier allThreads = new CyclicBarrier(BaseMapSetup.LOADER_THREADS);
        List<CompletableFuture<Void>> markers = new ArrayList<>();
        for (int i = 0; i < BaseMapSetup.LOADER_THREADS; i++) {
            markers.add(CompletableFuture.runAsync(() -> {
                try {
                    allThreads.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("tile loads did not finish", e);
                }
            }, BaseMapSetup.backgroundLoader()));
        }
        CompletableFuture.allOf(markers.toArray(CompletableFuture[]::new)).get();
    }

    private static void layOut(MapScreen map) {
        Parent root = map.view().getScene().getRoot();
        root.applyCss();
        root.layout();
    }
}
