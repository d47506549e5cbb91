package org.zhanaozen.kiosk.map;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.map.tiles.TileBenchmark;
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

    public static void main(String[] args) throws Exception {
        Socket.setSocketImplFactory(() -> {
            SOCKETS.incrementAndGet();
            throw new IllegalStateException("the kiosk must not open sockets");
        });
        TileBenchmark.startJavaFxHeadlessIfNoDisplay();
        Exhibit exhibit = ContentLoader.load(Path.of(args[0])).valid().orElseThrow();
        CompletableFuture<MapScreen> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Theme.loadFonts();
            MapScreen map = new MapScreen(exhibit, new Navigator(),
                    BaseMapSetup.open(exhibit.folder(), BaseMapSetup.backgroundLoader()), Motion.NONE);
            Stage stage = new Stage();
            Scene scene = new Scene((Parent) map.view(), 1280, 720);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            shown.complete(map);
        });
        MapScreen map = shown.get();
        for (var place : exhibit.places()) {
            onFx(() -> map.open(new Link.ToPlaceAtZoom(place.id(), 10)));
            onFx(() -> layOut(map));
            onFx(() -> map.layer().zoomBy(-1));
            onFx(() -> layOut(map));
        }
        onFx(map::showEverything);
        onFx(map::reset);
        Thread.sleep(2000); // background tile loads finish
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

    private static void layOut(MapScreen map) {
        Parent root = map.view().getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            work.run();
            done.complete(null);
        });
        done.get();
    }
}
