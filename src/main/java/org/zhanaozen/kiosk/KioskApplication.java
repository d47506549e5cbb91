package org.zhanaozen.kiosk;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.LoadResult;
import org.zhanaozen.kiosk.content.Problem;
import org.zhanaozen.kiosk.frame.ContentErrorScreen;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.KioskWindow;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screenshots;
import org.zhanaozen.kiosk.ui.Theme;

/** Starts JavaFX and puts the exhibit, or the staff-facing content error screen, on the stage. */
public final class KioskApplication {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApplication.class);
    static final String TITLE = "Zhanaozen";

    private KioskApplication() {
    }

    /** The root the kiosk shows for this content: the exhibit when it is valid, else the list of its problems. */
    public static Parent build(LoadResult content, Path folder) {
        return content.valid()
                .map(exhibit -> new KioskFrame(ExhibitScreens.create(exhibit)).root())
                .orElseGet(() -> ContentErrorScreen.create(folder, problems(content)));
    }

    private static List<String> problems(LoadResult content) {
        return content.problems().stream().map(Problem::format).toList();
    }

    static int run(Options options) {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Theme.loadFonts();
            LoadResult content = ContentLoader.load(options.data());
            content.problems().forEach(p -> LOG.error("Content problem: {}", p.format()));
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            Scene scene = KioskWindow.show(stage, build(content, options.data()), TITLE, !options.windowed());
            logFirstFrame(scene);
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return 0;
    }

    /** Logs the time from JVM start to the first rendered frame: the start-up figure we track. */
    private static void logFirstFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("First frame shown {} ms after JVM start", ms);
            Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    static int screenshots(Options options, java.io.PrintStream out, java.io.PrintStream err) {
        Headless.useMonocle();
        CompletableFuture<Integer> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Theme.loadFonts();
                LoadResult content = ContentLoader.load(options.data());
                if (!content.isValid()) {
                    problems(content).forEach(err::println);
                    err.println("Content in " + options.data() + " is not valid: no screenshots written.");
                    result.complete(1);
                    return;
                }
                List<int[]> sizes = options.width() > 0
                        ? List.of(new int[] {options.width(), options.height()})
                        : List.of(new int[] {1920, 1080}, new int[] {1080, 1920});
                for (int[] size : sizes) {
                    // A root belongs to one scene, so each size gets its own freshly built exhibit.
                    // map tiles read on this thread, so every picture shows the real map
                    Navigator navigator = ExhibitScreens.create(content.valid().orElseThrow(), Runnable::run);
                    KioskFrame frame = new KioskFrame(navigator);
                    for (Path file : Screenshots.render(navigator, frame.root(), options.output(), size[0], size[1])) {
                        out.println(file);
                    }
                }
                result.complete(0);
            } catch (Exception e) {
                err.println("Screenshots failed: " + e);
                result.complete(1);
            }
        });
        int code = result.join();
        Platform.exit();
        return code;
    }
}
