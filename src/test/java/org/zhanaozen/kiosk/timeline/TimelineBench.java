package org.zhanaozen.kiosk.timeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.zhanaozen.kiosk.TestContent;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * Measures how long the timeline takes to render a frame while it is flung and zoomed, on the bundled content and on
 * 2,000 generated events, headless (Monocle, software pipeline). A frame is timed as {@code scene.snapshot}, which
 * runs CSS, layout and rendering of the whole scene. Not a test: run it by hand (see the timeline report).
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.zhanaozen.kiosk.timeline.TimelineBench
 * </pre>
 */
public final class TimelineBench {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    /** Frames stepped by the script, so a fling runs exactly as on screen at 60 frames a second. */
    private static final class ScriptPulse implements Pulse {
        private LongConsumer frame;
        private long now;

        @Override
        public void start(LongConsumer frame) {
            this.frame = frame;
        }

        @Override
        public void stop() {
            frame = null;
        }

        boolean step() {
            if (frame == null) {
                return false;
            }
            now += 16_666_667L;
            frame.accept(now);
            return true;
        }
    }

    private TimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "3840x2160-32");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();

        Exhibit bundled = TestContent.bundled();
        Exhibit generated = GeneratedContent.withEvents(bundled, 2000);
        onFx(() -> run("warm-up", bundled, false));
        double[] small = onFx(() -> run(bundled.events().size() + " events", bundled, true));
        double[] large = onFx(() -> run(generated.events().size() + " events", generated, true));
        System.out.printf(Locale.ROOT, "p95 ratio 2000/24: %.2f%n", large[1] / small[1]);
        Platform.exit();
    }

    private interface FxTask<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxTask<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    /** Returns {median, p95} in ms. */
    private static double[] run(String name, Exhibit exhibit, boolean report) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Theme.loadFonts();
        ScriptPulse pulse = new ScriptPulse();
        Navigator navigator = new Navigator();
        TimelineScreen screen = new TimelineScreen(exhibit, navigator, pulse);
        navigator.register(screen);
        Scene scene = new Scene(new KioskFrame(navigator).root(), WIDTH, HEIGHT);
        Theme.apply(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        TimelineModel model = screen.model();
        List<Double> frames = new ArrayList<>();
        Runnable frame = () -> {
            long t0 = System.nanoTime();
            scene.snapshot(image);
            frames.add((System.nanoTime() - t0) / 1e6);
        };
        frame.run();
        frames.clear();
        // Fling through the story at the opening zoom, then at the widest, then zoom in step by step and out again.
        for (double span : new double[] {TimelineModel.OPENING_SPAN, TimelineModel.MAX_SPAN / 2, TimelineModel.MIN_SPAN * 2}) {
            model.show(TimelineModel.FIRST_DAY.toEpochDay(), span);
            model.fling(span * 2.5);
            while (pulse.step()) {
                frame.run();
            }
            model.fling(-span * 2.5);
            while (pulse.step()) {
                frame.run();
            }
        }
        model.show(TimelineModel.FIRST_DAY.toEpochDay() + 300, TimelineModel.MAX_SPAN);
        while (model.canZoomIn()) {
            model.zoomBy(0.93, model.start() + model.span() * 0.4);
            frame.run();
        }
        while (model.canZoomOut()) {
            model.zoomBy(1 / 0.93, model.start() + model.span() * 0.4);
            frame.run();
        }
        stage.close();
        double[] sorted = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        if (report) {
            System.out.printf(Locale.ROOT, "%-12s frames %4d  median %6.2f ms  p95 %6.2f ms  max %6.2f ms  peak heap %5.1f MB%n",
                    name, sorted.length, median, p95, sorted[sorted.length - 1], peakHeap / 1048576.0);
        }
        return new double[] {median, p95, Arrays.stream(sorted).max().orElse(0)};
    }
}
