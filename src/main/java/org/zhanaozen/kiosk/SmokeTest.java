package org.zhanaozen.kiosk;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.LoadResult;
import org.zhanaozen.kiosk.content.Problem;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * {@code --smoke-test}: proves an installed kiosk works without looking at it. Starts JavaFX (always headless, on
 * Monocle, so it runs the same over SSH, in CI and beside a running kiosk), loads and validates the content, shows
 * every screen at 1920x1080 and 1080x1920 (or {@code --size}), and checks that each one rendered something.
 */
public final class SmokeTest {

    private static final List<int[]> DEFAULT_SIZES = List.of(new int[] {1920, 1080}, new int[] {1080, 1920});

    private SmokeTest() {
    }

    /** Runs the whole check and returns the exit code: 0 when every screen rendered, 1 with the reasons on err. */
    static int run(Options options, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Headless.useMonocle();
        CompletableFuture<List<String>> failures = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                failures.complete(check(options.data(), sizes(options), out));
            } catch (RuntimeException | Error e) {
                failures.complete(List.of("unexpected " + e));
            }
        });
        List<String> found = failures.join();
        Platform.exit();
        if (!found.isEmpty()) {
            found.forEach(failure -> err.println("Smoke test: " + failure));
            err.println("Smoke test FAILED: " + found.size() + " problem(s).");
            return 1;
        }
        out.printf("Smoke test passed in %d ms.%n", (System.nanoTime() - start) / 1_000_000);
        return 0;
    }

    private static List<int[]> sizes(Options options) {
        return options.width() > 0 ? List.<int[]>of(new int[] {options.width(), options.height()}) : DEFAULT_SIZES;
    }

    /**
     * Loads the content and shows every screen at each size; on the JavaFX thread.
     *
     * @return what went wrong, one line each; empty when all is well
     */
    static List<String> check(Path data, List<int[]> sizes, PrintStream out) {
        Theme.loadFonts();
        LoadResult content = ContentLoader.load(data);
        if (!content.isValid()) {
            List<String> failures = new ArrayList<>();
            failures.add("the content in " + data.toAbsolutePath() + " is not valid:");
            content.problems().stream().map(Problem::format).forEach(failures::add);
            return failures;
        }
        out.println("Smoke test: content in " + data.toAbsolutePath() + " is valid.");
        List<String> failures = new ArrayList<>();
        for (int[] size : sizes) {
            Navigator navigator;
            try {
                navigator = ExhibitScreens.create(content.valid().orElseThrow());
            } catch (RuntimeException e) {
                return List.of("building the screens failed: " + e);
            }
            failures.addAll(checkScreens(navigator, new KioskFrame(navigator).root(), size[0], size[1], out));
        }
        return failures;
    }

    /** Goes to each screen in turn and checks that its part of the window is not one flat colour. */
    static List<String> checkScreens(Navigator navigator, Parent frameRoot, int width, int height, PrintStream out) {
        Scene scene = new Scene(frameRoot, width, height);
        Theme.apply(scene);
        List<String> failures = new ArrayList<>();
        for (Screen screen : navigator.screens()) {
            String name = screen.id() + " at " + width + "x" + height;
            try {
                navigator.go(screen);
                WritableImage image = scene.snapshot(null);
                Node view = screen.view();
                if (view.getScene() != scene) {
                    failures.add(name + ": its view is not in the window");
                } else if (isFlat(image, view.localToScene(view.getLayoutBounds()))) {
                    failures.add(name + ": nothing rendered (one flat colour)");
                } else {
                    out.println("Smoke test: " + name + " rendered.");
                }
            } catch (RuntimeException | Error e) {
                failures.add(name + ": " + e);
            }
        }
        navigator.resetAll();
        return failures;
    }

    /** Whether every pixel of the image inside the bounds (clipped to the image) has one colour. */
    static boolean isFlat(WritableImage image, Bounds bounds) {
        PixelReader pixels = image.getPixelReader();
        int minX = (int) Math.max(0, Math.floor(bounds.getMinX()));
        int minY = (int) Math.max(0, Math.floor(bounds.getMinY()));
        int maxX = (int) Math.min(image.getWidth(), Math.ceil(bounds.getMaxX()));
        int maxY = (int) Math.min(image.getHeight(), Math.ceil(bounds.getMaxY()));
        if (minX >= maxX || minY >= maxY) {
            return true;
        }
        int first = pixels.getArgb(minX, minY);
        for (int y = minY; y < maxY; y++) {
            for (int x = minX; x < maxX; x++) {
                if (pixels.getArgb(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
