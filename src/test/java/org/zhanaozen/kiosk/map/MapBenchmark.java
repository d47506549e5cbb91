package org.zhanaozen.kiosk.map;

import com.gluonhq.impl.maps.TileImageView;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhanaozen.kiosk.ExhibitScreens;
import org.zhanaozen.kiosk.FxHarness;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The map screen's speed and memory in the real frame at 1920x1080, tiles loading in the background as in the kiosk:
 * the time from opening the map until every visible tile is shown (first visit, return visits, and "Show everything"),
 * and the heap after 1,000 visits to the map and back.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.zhanaozen.kiosk.map.MapBenchmark -Dexec.args=data
 * </pre>
 */
public final class MapBenchmark {

    private static final int VISITS = 1000;
    private static final int RETURN_VISITS = 20;
    /** The kiosk's tile loader, counting the tiles it reads and decodes (a tile Gluon still holds is not loaded). */
    private static final AtomicInteger TILES_LOADED = new AtomicInteger();
    private static final Executor TILE_LOADER = task -> {
        TILES_LOADED.incrementAndGet();
        BaseMapSetup.backgroundLoader().execute(task);
    };
    private static final long TIMEOUT_NANOS = 10_000_000_000L;

    private MapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "data");
        // "--warm-up": the kiosk's own start-up warm-up runs first, as in the app, before the first visit is timed
        boolean warmUp = args.length > 1 && args[1].equals("--warm-up");
        // Monocle's virtual screen must hold the 1920x1080 stage
        FxHarness.start("1920x1080-32");
        Exhibit exhibit = ContentLoader.load(folder).valid().orElseThrow(() -> new IllegalStateException(
                "content in " + folder + " is not valid"));
        Navigator navigator = FxHarness.onFx(() -> {
            Theme.loadFonts();
            Navigator built = ExhibitScreens.create(exhibit, Motion.NONE, TILE_LOADER);
            Stage stage = new Stage();
            KioskFrame frame = new KioskFrame(built);
            Scene scene = new Scene(frame.root(), 1920, 1080);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            if (warmUp) {
                frame.warmUpScreens();
            }
            return built;
        });
        MapScreen map = (MapScreen) navigator.screen("map").orElseThrow();
        Screen home = navigator.home();

        report("open map, first visit", timeUntilTilesShown(() -> navigator.go(map), map));
        int loadedBefore = TILES_LOADED.get();
        double[] fx = new double[RETURN_VISITS];
        double[] total = new double[RETURN_VISITS];
        for (int i = 0; i < RETURN_VISITS; i++) {
            FxHarness.onFx(() -> navigator.go(home));
            FxHarness.onFx(() -> layOut(home.view()));
            Visit visit = timeUntilTilesShown(() -> navigator.go(map), map);
            fx[i] = visit.fxMillis();
            total[i] = visit.totalMillis();
        }
        Arrays.sort(fx);
        Arrays.sort(total);
        System.out.printf(Locale.ROOT, "open map, %d return visits: all visible tiles shown after median %.0f ms,"
                + " max %.0f ms (FX thread: median %.0f ms, max %.0f ms); tiles loaded again: %d%n", RETURN_VISITS,
                total[RETURN_VISITS / 2], total[RETURN_VISITS - 1], fx[RETURN_VISITS / 2], fx[RETURN_VISITS - 1],
                TILES_LOADED.get() - loadedBefore);
        report("show everything (new tiles)", timeUntilTilesShown(map::showEverything, map));

        FxHarness.onFx(navigator::resetAll);
        int loadedBeforeVisits = TILES_LOADED.get();
        long before = heapAfterGc();
        for (int visit = 1; visit <= VISITS; visit++) {
            FxHarness.onFx(() -> {
                navigator.go(map);
                layOut(map.view());
                navigator.go(home);
                navigator.resetAll();
                return null;
            });
            if (visit % (VISITS / 10) == 0) {
                System.out.printf(Locale.ROOT, "  heap after GC after %d visits: %.1f MB%n", visit, heapAfterGc() / 1e6);
            }
        }
        long after = heapAfterGc();
        System.out.printf(Locale.ROOT, "tiles loaded during the %d visits: %d%n", VISITS,
                TILES_LOADED.get() - loadedBeforeVisits);
        System.out.printf(Locale.ROOT, "heap after GC: %.1f MB before, %.1f MB after %d visits to the map (%+.1f KB)%n",
                before / 1e6, after / 1e6, VISITS, (after - before) / 1e3);
        Platform.exit();
        System.exit(0);
    }

    /** How long a change took: its own work on the FX thread (CSS, layout), and until every visible tile showed. */
    private record Visit(double fxMillis, double totalMillis) {
    }

    private static void report(String what, Visit visit) {
        System.out.printf(Locale.ROOT, "%s: all visible tiles shown after %.0f ms (FX thread: %.0f ms);"
                + " tiles loaded so far: %d%n", what, visit.totalMillis(), visit.fxMillis(), TILES_LOADED.get());
    }

    private static Visit timeUntilTilesShown(Runnable change, MapScreen map) throws Exception {
        long start = System.nanoTime();
        FxHarness.onFx(() -> {
            change.run();
            layOut(map.view());
            return null;
        });
        double fxMillis = (System.nanoTime() - start) / 1e6;
        while (!FxHarness.onFx(() -> allTilesShown(map.view()))) {
            if (System.nanoTime() - start > TIMEOUT_NANOS) {
                throw new IllegalStateException("tiles not shown after 10 s");
            }
            Thread.onSpinWait();
        }
        return new Visit(fxMillis, (System.nanoTime() - start) / 1e6);
    }

    private static void layOut(Node shown) {
        Parent root = shown.getScene().getRoot();
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
}
