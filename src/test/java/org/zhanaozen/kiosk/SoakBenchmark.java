package org.zhanaozen.kiosk;

import com.gluonhq.impl.maps.TileImageView;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.zhanaozen.kiosk.frame.IdleMonitor;
import org.zhanaozen.kiosk.frame.ManualClock;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.PinHash;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.usage.UsageRecorder;

/**
 * The whole kiosk over weeks, compressed: built as {@link KioskApplication#start} builds it for a venue (kiosk mode,
 * full screen, idle reset, staff PIN, usage log, log file), headless on Monocle at 1920x1080, without transitions, on
 * a clock the soak moves. Scripted visitors tap through JavaFX's robot, as a finger would: the attract state, every
 * screen from the navigation bar, random buttons and cards on each (details open and close, links are followed),
 * wheel scrolls, and on the map drags, zoom buttons and wheel zooms that load tiles all over the base map. Between
 * sessions the clock runs past the idle timeout and warning, so the idle reset brings the attract state back. Every
 * {@code --reload-every} sessions staff reload the content: the PIN keypad, the PIN, "Reload content".
 *
 * <p>Every {@code --report-every} sessions it prints the live heap after a full GC, the process's resident memory,
 * its open file handles (and how many of them are base map files), and at the end the growth from the first report
 * to the last. Run it under the heap bound the installers set (packaging/README.md). Not a test:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -XX:SoftRefLRUPolicyMSPerMB=100 -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.zhanaozen.kiosk.SoakBenchmark [--data DIR] [--sessions N | --minutes M] [--reload-every R] \
 *     [--report-every K] [--seed S]
 * </pre>
 * Defaults: the bundled data/, 10,000 sessions, a reload every 100 sessions (100 reloads), a report every 1,000.
 */
public final class SoakBenchmark {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final String PIN = "2718";
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int TAPS_PER_SCREEN = 3;
    private static final int MAP_MOVES = 4;

    private record Settings(Path data, long sessions, Duration duration, int reloadEvery, int reportEvery, long seed) {

        static Settings parse(String[] args) {
            Path data = Options.defaultDataFolder();
            long sessions = 10_000;
            Duration duration = null;
            int reloadEvery = 100;
            int reportEvery = 1_000;
            long seed = 19;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i++]) {
                    case "--data" -> data = Path.of(value);
                    case "--sessions" -> sessions = Long.parseLong(value);
                    case "--minutes" -> duration = Duration.ofMinutes(Long.parseLong(value));
                    case "--reload-every" -> reloadEvery = Integer.parseInt(value);
                    case "--report-every" -> reportEvery = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
                }
            }
            return new Settings(data, duration == null ? sessions : Long.MAX_VALUE, duration, reloadEvery,
                    reportEvery, seed);
        }
    }

    /** One report line's figures. */
    private record Reading(long session, long liveHeap, long ownHeap, long residentKb, long openFiles, long mapFiles,
                           long gcMillis) {
    }

    private final Settings settings;
    private final Random random;
    private final ManualClock clock = new ManualClock();
    private final KioskConfig config;
    private KioskApplication.Running kiosk;
    private Robot robot;
    private int reloads;
    private int missedTaps;
    private int tileWaitsTimedOut;
    private long taps;

    private SoakBenchmark(Settings settings, KioskConfig config) {
        this.settings = settings;
        this.config = config;
        this.random = new Random(settings.seed());
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Path state = Files.createTempDirectory("kiosk-soak");
        Path configFile = state.resolve("kiosk.properties");
        Files.writeString(configFile, "staff.pin.hash=" + PinHash.of(PIN.toCharArray()) + "\n"
                + "log.folder=" + state.resolve("logs").toString().replace("\\", "/") + "\n");
        KioskConfig config = KioskConfig.load(configFile, true);
        Headless.useMonocle();
        System.setProperty("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
        System.out.printf(Locale.ROOT, "Soak: %s; max heap %d MB, GC %s; state in %s%n",
                settings.duration() != null ? settings.duration().toMinutes() + " minutes" : settings.sessions() + " sessions",
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")), state);
        int status = 0;
        try {
            new SoakBenchmark(settings, config).run(state);
        } catch (Exception | Error e) {
            // the kiosk's crash guard would only log it to the log file
            e.printStackTrace();
            status = 1;
        }
        Platform.exit();
        System.exit(status);
    }

    private void run(Path state) throws Exception {
        // the log file, as in the kiosk; the console gets only this benchmark's lines
        KioskLogging logging = KioskLogging.start(config.logFolder());
        detachConsoleLogging();
        Options options = Options.parse(List.of("--data", settings.data().toString(), "--no-transitions",
                "--config", config.file().toString()));
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "content-reload");
            thread.setDaemon(true);
            return thread;
        });
        FxHarness.start(WIDTH + "x" + HEIGHT + "-32");
        kiosk = FxHarness.onFx(() -> {
            Stage stage = new Stage();
            KioskApplication.Running running = KioskApplication.start(stage, options, config, clock,
                    KioskApplication.host(options, config, logging, new CountDownLatch(1)), background,
                    UsageRecorder.inFolder(state.resolve("usage"), config.idleTimeout()));
            robot = new Robot();
            return running;
        });
        if (FxHarness.onFx(() -> kiosk.frame().navigator().isEmpty())) {
            throw new IllegalStateException("the content in " + settings.data() + " is not valid: nothing to soak");
        }
        long start = System.nanoTime();
        List<Reading> readings = new ArrayList<>();
        long session = 0;
        while (session < settings.sessions()
                && (settings.duration() == null || System.nanoTime() - start < settings.duration().toNanos())) {
            session++;
            visit(session % settings.reloadEvery() == 0);
            if (session % settings.reportEvery() == 0) {
                readings.add(report(session, start));
            }
        }
        if (readings.isEmpty() || readings.get(readings.size() - 1).session() != session) {
            readings.add(report(session, start));
        }
        summarise(readings, logging);
    }

    /** One visitor: the attract state, every screen, the idle reset. */
    private void visit(boolean reloadFirst) throws Exception {
        tap("#attract-touch");
        if (reloadFirst) {
            reloadContent();
        }
        Navigator screens = FxHarness.onFx(() -> kiosk.frame().navigator().orElseThrow());
        for (Screen screen : screens.screens()) {
            tap("#nav-" + screen.id());
            if (FxHarness.onFx(() -> screens.current() != screen)) {
                // an overlay (a detail, a panel) lay over the navigation bar; the visitor closes it next time
                missedTaps++;
                continue;
            }
            if (screen.id().equals("map")) {
                moveMap(screen);
            } else {
                scroll(screen.view());
            }
            for (int i = 0; i < TAPS_PER_SCREEN; i++) {
                tapSomething(screen);
            }
        }
        FxHarness.onFx(() -> clock.advance(config.idleTimeout().plus(config.idleWarning()).plusSeconds(1)));
        if (FxHarness.onFx(() -> kiosk.attendant().idle().state()) != IdleMonitor.State.ATTRACT) {
            throw new IllegalStateException("the idle reset did not bring the attract state back");
        }
    }

    /** Drags, zoom buttons and wheel zooms over the map, each time waiting until its tiles are shown. */
    private void moveMap(Screen map) throws Exception {
        Node mapView = FxHarness.onFx(() -> kiosk.scene().lookup("#map-view"));
        for (int i = 0; i < MAP_MOVES; i++) {
            switch (random.nextInt(4)) {
                case 0 -> tap(random.nextBoolean() ? "#map-zoom-in" : "#map-zoom-out");
                case 1 -> FxHarness.onFx(() -> {
                    Bounds bounds = mapView.localToScreen(mapView.getLayoutBounds());
                    robot.mouseMove(bounds.getCenterX(), bounds.getCenterY());
                    robot.mouseWheel(random.nextBoolean() ? 5 : -5);
                });
                default -> drag(mapView);
            }
            awaitTiles(map.view());
        }
    }

    private void drag(Node area) throws Exception {
        FxHarness.onFx(() -> {
            Bounds bounds = area.localToScreen(area.getLayoutBounds());
            double x = bounds.getMinX() + bounds.getWidth() * (0.3 + 0.4 * random.nextDouble());
            double y = bounds.getMinY() + bounds.getHeight() * (0.3 + 0.4 * random.nextDouble());
            double angle = random.nextDouble() * 2 * Math.PI;
            double length = 300 + 500 * random.nextDouble();
            robot.mouseMove(x, y);
            robot.mousePress(MouseButton.PRIMARY);
            for (int step = 1; step <= 10; step++) {
                robot.mouseMove(x + Math.cos(angle) * length * step / 10, y + Math.sin(angle) * length * step / 10);
            }
            robot.mouseRelease(MouseButton.PRIMARY);
        });
        afterInput();
    }

    private void scroll(Node view) throws Exception {
        FxHarness.onFx(() -> {
            Bounds bounds = view.localToScreen(view.getLayoutBounds());
            robot.mouseMove(bounds.getCenterX(), bounds.getCenterY());
            robot.mouseWheel(random.nextInt(7) - 2);
        });
        afterInput();
    }

    /** Taps one of the buttons and cards on screen (or over it), chosen at random; the navigation bar aside. */
    private void tapSomething(Screen screen) throws Exception {
        Optional<double[]> target = FxHarness.onFx(() -> {
            List<Node> tappable = new ArrayList<>();
            collectTappable(screen.view(), tappable);
            collectTappable(kiosk.frame().overlays(), tappable);
            if (tappable.isEmpty()) {
                return Optional.<double[]>empty();
            }
            Node chosen = tappable.get(random.nextInt(tappable.size()));
            Bounds bounds = chosen.localToScreen(chosen.getLayoutBounds());
            return Optional.of(new double[] {bounds.getCenterX(), bounds.getCenterY()});
        });
        if (target.isPresent()) {
            tapAt(target.get()[0], target.get()[1]);
        }
    }

    private static void collectTappable(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled() || "navigation-bar".equals(node.getId())) {
            return;
        }
        if (node instanceof ButtonBase || node.getOnMouseClicked() != null) {
            Bounds bounds = node.localToScreen(node.getLayoutBounds());
            if (bounds != null && bounds.getWidth() > 0 && bounds.getCenterX() > 0 && bounds.getCenterX() < WIDTH
                    && bounds.getCenterY() > 0 && bounds.getCenterY() < HEIGHT) {
                found.add(node);
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTappable(child, found));
        }
    }

    /** Staff access (the keypad the staff gesture opens), the PIN, and "Reload content". */
    private void reloadContent() throws Exception {
        Navigator before = FxHarness.onFx(() -> kiosk.frame().navigator().orElseThrow());
        // the staff gesture itself is KioskAttendantTest's; here it opens the keypad as the gesture does
        FxHarness.onFx(() -> kiosk.attendant().openStaffAccess());
        afterInput();
        for (char digit : PIN.toCharArray()) {
            tap("#pin-key-" + digit);
        }
        tap("#pin-ok");
        // the PIN is checked off the FX thread: the menu opens when the answer is in
        await("the staff menu", () -> kiosk.scene().lookup("#staff-reload") != null);
        afterInput();
        tap("#staff-reload");
        await("the reloaded screens", () -> kiosk.frame().navigator().orElseThrow() != before);
        tap("#staff-close");
        reloads++;
    }

    private void tap(String id) throws Exception {
        double[] at = FxHarness.onFx(() -> {
            Node node = kiosk.scene().lookup(id);
            if (node == null) {
                throw new IllegalStateException("nothing to tap: " + id + " is not on screen");
            }
            Bounds bounds = node.localToScreen(node.getLayoutBounds());
            return new double[] {bounds.getCenterX(), bounds.getCenterY()};
        });
        tapAt(at[0], at[1]);
    }

    private void tapAt(double x, double y) throws Exception {
        FxHarness.onFx(() -> {
            robot.mouseMove(x, y);
            robot.mouseClick(MouseButton.PRIMARY);
        });
        taps++;
        afterInput();
    }

    /** Lets one pulse run (CSS, layout, rendering) after the input, as it would between a visitor's touches. */
    private void afterInput() throws Exception {
        CountDownLatch pulsed = new CountDownLatch(1);
        FxHarness.onFx(() -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                pulsed.countDown();
                Platform.runLater(() -> kiosk.scene().removePostLayoutPulseListener(once[0]));
            };
            kiosk.scene().addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        if (!pulsed.await(TIMEOUT_NANOS, TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("no pulse in 30 s: the JavaFX thread is stuck");
        }
    }

    private void awaitTiles(Node mapView) throws Exception {
        long start = System.nanoTime();
        while (!FxHarness.onFx(() -> allTilesShown(mapView))) {
            if (System.nanoTime() - start > TIMEOUT_NANOS) {
                tileWaitsTimedOut++;
                return;
            }
            afterInput();
        }
    }

    private static boolean allTilesShown(Node node) {
        if (node instanceof TileImageView tile) {
            return tile.getProgress() >= 1;
        }
        return !(node instanceof Parent parent)
                || parent.getChildrenUnmodifiable().stream().allMatch(SoakBenchmark::allTilesShown);
    }

    private void await(String what, Callable<Boolean> done) throws Exception {
        long start = System.nanoTime();
        while (!FxHarness.onFx(done)) {
            if (System.nanoTime() - start > TIMEOUT_NANOS) {
                throw new IllegalStateException("waited 30 s for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    private Reading report(long session, long start) throws Exception {
        Reading reading = new Reading(session, liveHeapAfterGc(), heapWithoutTileCache(), residentKb(), openFiles(name -> true),
                openFiles(name -> name.endsWith(".mbtiles")), gcMillis());
        System.out.printf(Locale.ROOT, "session %,7d  %6.1f min  live heap after GC %6.1f MB (%6.1f MB without tile"
                        + " cache)  resident %6.1f MB  open files %4d (base map files %d)  GC time %5.1f s  reloads %d%n",
                session, (System.nanoTime() - start) / 60e9, reading.liveHeap() / 1e6, reading.ownHeap() / 1e6,
                reading.residentKb() / 1e3,
                reading.openFiles(), reading.mapFiles(), reading.gcMillis() / 1e3, reloads);
        return reading;
    }

    private void summarise(List<Reading> readings, KioskLogging logging) {
        Reading first = readings.get(0);
        Reading last = readings.get(readings.size() - 1);
        System.out.printf(Locale.ROOT, "%d taps; %d navigation taps fell on an overlay; %d tile waits timed out"
                + "; %d reloads%n", taps, missedTaps, tileWaitsTimedOut, reloads);
        System.out.printf(Locale.ROOT, "session %,d to %,d: live heap after GC %.1f MB to %.1f MB (%+.1f %%), without"
                        + " the tile cache %.1f MB to %.1f MB (%+.1f %%); open files %d to %d; resident %.1f MB to"
                        + " %.1f MB%n", first.session(), last.session(),
                first.liveHeap() / 1e6, last.liveHeap() / 1e6, growth(first.liveHeap(), last.liveHeap()),
                first.ownHeap() / 1e6, last.ownHeap() / 1e6, growth(first.ownHeap(), last.ownHeap()),
                first.openFiles(), last.openFiles(),
                first.residentKb() / 1e3, last.residentKb() / 1e3);
        List<String> errors = logging.recentErrors().lines();
        System.out.println(errors.isEmpty() ? "no errors logged" : "errors logged (newest last):");
        errors.forEach(System.out::println);
    }

    private static double growth(long from, long to) {
        return 100.0 * (to - from) / from;
    }

    /**
     * The heap a full GC leaves: the smallest of a few readings of what the heap pools held right after the
     * collection (a pulse or a tile load may still be finishing). Gluon's soft-referenced tiles count, as far as
     * the JVM keeps them.
     */
    private static long liveHeapAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                    .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum());
        }
        return least;
    }

    /**
     * The heap without Gluon's tile cache: what the kiosk itself holds. An allocation larger than the whole heap
     * makes the JVM clear every soft reference in a last full GC before it gives up with an OutOfMemoryError in
     * this thread alone.
     */
    private static long heapWithoutTileCache() {
        try {
            long[] tooLarge = new long[(int) Math.min(Integer.MAX_VALUE - 16,
                    Runtime.getRuntime().maxMemory() / Long.BYTES + 1)];
            tooLarge[0] = 1;
        } catch (OutOfMemoryError expected) {
            // every soft reference was cleared first
        }
        return liveHeapAfterGc();
    }

    /** Time spent in collections so far, the soak's own full GCs included. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long residentKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(-1);
        }
    }

    /** Open file handles whose target's name passes the test (Linux; -1 elsewhere). */
    private static long openFiles(java.util.function.Predicate<String> named) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (Stream<Path> open = Files.list(fds)) {
            return open.filter(fd -> {
                try {
                    return named.test(Files.readSymbolicLink(fd).toString());
                } catch (IOException gone) {
                    return false;
                }
            }).count();
        }
    }

    private static void detachConsoleLogging() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender("console");
    }

}
