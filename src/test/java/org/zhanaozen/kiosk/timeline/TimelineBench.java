package org.zhanaozen.kiosk.timeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.zhanaozen.kiosk.BundledContent;
import org.zhanaozen.kiosk.FxHarness;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * Measures what a rendering pulse costs the timeline while it is flung and zoomed by a script, on the bundled content
 * (24 events) and on 200 and 2,000 generated events, in a 1920x1080 kiosk frame, headless (Monocle, software pipeline);
 * each line says how many cards a frame showed on average, which is what a frame's cost follows. Each scripted
 * frame changes the model (one inertia step or one zoom step) and then times what JavaFX's pulse would do for it:
 * the scene's CSS pass and layout pass, called as the pulse calls them ({@code Scene.doCSSPass} and
 * {@code doLayoutPass}, by reflection: they process only the nodes marked dirty, where {@code root.applyCss()} would
 * restyle the whole scene), then {@code pane.snapshot} into a reused image, which syncs the scene graph and renders
 * the timeline pane alone. The model change itself is not timed. Every set is first run once as
 * warm-up (JIT), then the sets alternate for several measured runs; the last lines pool every measured run's frames,
 * so their p95 rests on every run's frames together and a stray slow frame (the OS, a GC) moves it less.
 * Peak heap is the sum of the heap pools' peaks over a run, reset after a GC before it; live heap is what a GC leaves
 * with the screen still showing. Not a test:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.zhanaozen.kiosk.timeline.TimelineBench [runs]
 * </pre>
 */
public final class TimelineBench {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    /** One scripted frame: its CSS and layout passes and its rendering, in ms, the cards it showed, and whether it zoomed. */
    private record Frame(double layout, double render, int cards, boolean zoom) {
        double total() {
            return layout + render;
        }
    }

    /** One run's frames and memory, in MB. */
    private record Run(List<Frame> frames, double peakHeap, double liveHeap, int cardNodes) {
    }

    private TimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        // Each run closes its window; the toolkit stays up between them.
        FxHarness.start("3840x2160-32");

        Exhibit bundled = BundledContent.bundled();
        // The goal compares 2,000 events with the bundled 24; 200 events already fill every row at the opening zoom,
        // so 2,000 against 200 shows what the count costs on a screen equally full.
        List<Exhibit> sets = List.of(bundled, GeneratedContent.withEvents(bundled, 200),
                GeneratedContent.withEvents(bundled, 2000));
        for (Exhibit set : sets) {
            FxHarness.onFx(() -> run(set));
        }
        System.out.println("frame = the scene's CSS and layout passes, then rendering of the timeline pane; 1920x1080, prism sw");
        List<List<Frame>> pooled = new ArrayList<>();
        sets.forEach(set -> pooled.add(new ArrayList<>()));
        for (int i = 1; i <= runs; i++) {
            List<Run> results = new ArrayList<>();
            for (Exhibit set : sets) {
                results.add(FxHarness.onFx(() -> run(set)));
            }
            for (int s = 0; s < sets.size(); s++) {
                Run r = results.get(s);
                print("run " + i, sets.get(s), r.frames());
                System.out.printf(Locale.ROOT, "  peak heap %5.1f MB  live %4.1f MB  card nodes %d%n",
                        r.peakHeap(), r.liveHeap(), r.cardNodes());
                pooled.get(s).addAll(r.frames());
            }
            ratios("run " + i, sets, results.stream().map(Run::frames).toList());
        }
        for (int s = 0; s < sets.size(); s++) {
            print("all " + runs + " runs", sets.get(s), pooled.get(s));
            System.out.println();
        }
        ratios("all " + runs + " runs", sets, pooled);
        Platform.exit();
    }

    /** The goal's ratio, the largest set's p95 over the bundled one's, and the largest over the middle one. */
    private static void ratios(String run, List<Exhibit> sets, List<List<Frame>> frames) {
        int largest = sets.size() - 1;
        System.out.printf(Locale.ROOT, "%s  p95 ratio %d/%d events: %.2f   %d/%d events: %.2f%n", run,
                sets.get(largest).events().size(), sets.get(0).events().size(), p95(frames.get(largest)) / p95(frames.get(0)),
                sets.get(largest).events().size(), sets.get(1).events().size(), p95(frames.get(largest)) / p95(frames.get(1)));
    }

    private static void print(String run, Exhibit set, List<Frame> frames) {
        double[] total = sorted(frames.stream().mapToDouble(Frame::total));
        System.out.printf(Locale.ROOT, "%s  %4d events  frames %d  cards on screen %4.1f  median %5.2f (CSS+layout %4.2f, "
                        + "render %4.2f)  p95 %5.2f  max %5.2f ms  p95 fling/zoom %5.2f/%5.2f ms",
                run, set.events().size(), total.length, frames.stream().mapToInt(Frame::cards).average().orElse(0),
                percentile(total, 0.5),
                percentile(sorted(frames.stream().mapToDouble(Frame::layout)), 0.5),
                percentile(sorted(frames.stream().mapToDouble(Frame::render)), 0.5),
                percentile(total, 0.95), total[total.length - 1],
                p95(frames.stream().filter(f -> !f.zoom()).toList()), p95(frames.stream().filter(Frame::zoom).toList()));
    }

    private static double p95(List<Frame> frames) {
        return percentile(sorted(frames.stream().mapToDouble(Frame::total)), 0.95);
    }

    private static double[] sorted(java.util.stream.DoubleStream values) {
        return values.sorted().toArray();
    }

    private static Run run(Exhibit exhibit) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Theme.loadFonts();
        ManualPulse pulse = new ManualPulse();
        Navigator navigator = new Navigator();
        TimelineScreen screen = new TimelineScreen(exhibit, navigator, pulse, Motion.NONE);
        navigator.register(screen);
        Parent root = new KioskFrame(navigator).root();
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        Theme.apply(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        TimelinePane pane = ((TimelineView) screen.view()).pane();
        root.applyCss();
        root.layout();
        WritableImage image = new WritableImage((int) Math.ceil(pane.getWidth()), (int) Math.ceil(pane.getHeight()));
        SnapshotParameters whole = new SnapshotParameters();
        TimelineModel model = screen.model();
        List<Frame> frames = new ArrayList<>();
        boolean[] zooming = {false};
        Method cssPass = sceneMethod("doCSSPass");
        Method layoutPass = sceneMethod("doLayoutPass");
        Runnable frame = () -> {
            long t0 = System.nanoTime();
            invoke(cssPass, scene);
            invoke(layoutPass, scene);
            long t1 = System.nanoTime();
            pane.snapshot(whole, image);
            long t2 = System.nanoTime();
            frames.add(new Frame((t1 - t0) / 1e6, (t2 - t1) / 1e6, pane.visibleCards().size(), zooming[0]));
        };
        frame.run();
        frames.clear();
        // Fling from where the story starts, as a visitor does from the opening view, at the opening zoom, then at half
        // the axis, then close in; then zoom in all the way and out again, 7% a frame, as a pinch would. (Flinging
        // from January 2011 instead would time, on the bundled content, frames of an empty axis before the strike.)
        for (double span : new double[] {model.axis().openingSpan(), model.maxSpan() / 2, TimelineModel.MIN_SPAN * 2}) {
            model.show(model.axis().storyStart().toEpochDay(), span);
            model.fling(span * 2.5);
            while (pulse.step()) {
                frame.run();
            }
            model.fling(-span * 2.5);
            while (pulse.step()) {
                frame.run();
            }
        }
        model.show(model.axis().firstDay().toEpochDay() + 300, model.maxSpan());
        zooming[0] = true;
        // Two pinches, in and then out, each regrouping once when it ends (its last frame, timed).
        pane.beginZoomGesture();
        while (model.canZoomIn()) {
            model.zoomBy(0.93, model.start() + model.span() * 0.4);
            frame.run();
        }
        pane.endZoomGesture();
        frame.run();
        pane.beginZoomGesture();
        while (model.canZoomOut()) {
            model.zoomBy(1 / 0.93, model.start() + model.span() * 0.4);
            frame.run();
        }
        pane.endZoomGesture();
        frame.run();
        int cardNodes = root.lookupAll(".event-card").size();
        System.gc();
        long live = heapUsed(false);
        long peak = heapUsed(true);
        stage.close();
        return new Run(frames, peak / 1048576.0, live / 1048576.0, cardNodes);
    }

    private static Method sceneMethod(String name) {
        try {
            Method method = Scene.class.getDeclaredMethod(name);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("JavaFX's Scene has no " + name + " (the benchmark needs JavaFX 21)", e);
        }
    }

    private static void invoke(Method method, Scene scene) {
        try {
            method.invoke(scene);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.ceil(sorted.length * p) - 1];
    }

    private static long heapUsed(boolean peak) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> (peak ? pool.getPeakUsage() : pool.getUsage()).getUsed()).sum();
    }
}
