package org.zhanaozen.kiosk.map;

import com.gluonhq.impl.maps.TileImageView;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhanaozen.kiosk.ExhibitScreens;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.map.tiles.TileBenchmark;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The map screen's speed and memory in the real frame at 1920x1080, tiles loading in the background as in the kiosk:
 * the time from opening the map until every visible tile is shown (first visit, a return visit, and "Show everything"),
 * and the heap after 1,000 visits to the map and back.
 *
 * <pre>
 * mvn -q -B compile exec:java -Dexec.mainClass=org.zhanaozen.kiosk.map.MapBenchmark -Dexec.args=data
 * </pre>
 */
public final class MapBenchmark {

    private static final int VISITS = 1000;
    private static final long TIMEOUT_NANOS = 10_000_000_000L;

    private MapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "data");
        // Monocle's virtual screen must hold the 1920x1080 stage
        System.setProperty("headless.geometry", "1920x1080-32");
        TileBenchmark.startJavaFxHeadlessIfNoDisplay();
        Exhibit exhibit = ContentLoader.load(folder).valid().orElseThrow(() -> new IllegalStateException(
                "content in " + folder + " is not valid"));
        Navigator navigator = onFx(() -> {
            Theme.loadFonts();
            Navigator built = ExhibitScreens.create(exhibit, Motion.NONE);
            Stage stage = new Stage();
            Scene scene = new Scene(new KioskFrame(built).root(), 1920, 1080);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            return built;
        });
        MapScreen map = (MapScreen) navigator.screen("map").orElseThrow();
        Screen home = navigator.home();

        System.out.printf(Locale.ROOT, "open map, first visit: all visible tiles shown after %.0f ms%n",
                timeUntilTilesShown(() -> navigator.go(map), map));
        onFx(() -> navigator.go(home));
        System.out.printf(Locale.ROOT, "open map, return visit: all visible tiles shown after %.0f ms%n",
                timeUntilTilesShown(() -> navigator.go(map), map));
        System.out.printf(Locale.ROOT, "show everything (new tiles): all visible tiles shown after %.0f ms%n",
                timeUntilTilesShown(map::showEverything, map));

        onFx(navigator::resetAll);
        long before = heapAfterGc();
        for (int visit = 1; visit <= VISITS; visit++) {
            onFx(() -> {
                navigator.go(map);
                layOut(map);
                navigator.go(home);
                navigator.resetAll();
                return null;
            });
            if (visit % (VISITS / 10) == 0) {
                System.out.printf(Locale.ROOT, "  heap after GC after %d visits: %.1f MB%n", visit, heapAfterGc() / 1e6);
            }
        }
        long after = heapAfterGc();
        System.out.printf(Locale.ROOT, "heap after GC: %.1f MB before, %.1f MB after %d visits to the map (%+.1f KB)%n",
                before / 1e6, after / 1e6, VISITS, (after - before) / 1e3);
        Platform.exit();
        System.exit(0);
    }

    private static double timeUntilTilesShown(Runnable change, MapScreen map) throws Exception {
        long start = System.nanoTime();
        onFx(() -> {
            change.run();
            layOut(map);
            return null;
        });
        while (!onFx(() -> allTilesShown(map.view()))) {
            if (System.nanoTime() - start > TIMEOUT_NANOS) {
                throw new IllegalStateException("tiles not shown after 10 s");
            }
            Thread.onSpinWait();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void layOut(MapScreen map) {
        Parent root = map.view().getScene().getRoot();
        root.applyCss();
        root.layout();
    }

    private static boolean allTilesShown(Node node) {
        if (node instanceof TileImageView tile) {
            return tile.getProgress() >= 1;
        }
        return !(node instanceof Parent parent)
                || parent.getChildrenUnmodifiable().stream().allMatch(MapBenchmark::allTilesShown);
    }

    /** The smallest of several readings after a full GC: render jobs and tile loads may still be finishing. */
    private static long heapAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            Thread.sleep(50);
        }
        return least;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    private static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }

}
