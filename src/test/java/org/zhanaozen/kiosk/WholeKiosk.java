package org.zhanaozen.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.frame.KioskAttendant;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.ManualClock;
import org.zhanaozen.kiosk.frame.TestPins;
import org.zhanaozen.kiosk.usage.UsageRecorder;

/**
 * The whole kiosk as {@link KioskApplication} builds it (content from a folder, every real screen, the frame, the
 * attendant, the overlays, the presentation when asked for), for tests that then drive it as a visitor does: by the
 * robot's taps, drags and keys only. Reading its state to assert is fine; calling into it to make things happen is
 * not what these tests are for.
 *
 * <p>What differs from a venue, on purpose: fixture content (not the exhibit), a clock the test moves, background
 * work done at once, a rehearsal-sized window (Monocle's full screen is its whole 4096 px virtual screen) with the
 * idle reset on, and a staff PIN hashed at test strength.
 *
 * <pre>
 * &#64;Start void start(Stage stage) { kiosk = WholeKiosk.start(stage, temp, 1920, 1080); }
 * </pre>
 */
public final class WholeKiosk {

    /** The staff PIN the fixture's settings file holds. */
    public static final String PIN = "2580";

    private final KioskApplication.Running running;
    private final ManualClock clock;
    private final Path content;
    private final Path usage;
    private final KioskConfig config;

    private WholeKiosk(KioskApplication.Running running, ManualClock clock, Path content, Path usage,
                       KioskConfig config) {
        this.running = running;
        this.config = config;
        this.clock = clock;
        this.content = content;
        this.usage = usage;
    }

    /**
     * Writes the fixture content to {@code temp/content} and starts the kiosk on it in a window of this size; on the
     * JavaFX thread (a TestFX {@code @Start} method).
     *
     * @param arguments more of the kiosk's command line, e.g. {@code "--present"}
     */
    public static WholeKiosk start(Stage stage, Path temp, int width, int height, String... arguments) {
        Path content = temp.resolve("content");
        TestContent.writeTo(content);
        return startOn(stage, temp, content, width, height, arguments);
    }

    /**
     * From a test method: starts the kiosk on this content folder, shows it, and taps past the attract state, so the
     * test begins on the welcome screen as a visitor does.
     */
    public static WholeKiosk openOn(FxRobot robot, Stage stage, Path temp, Path content, int width, int height,
                                    String... arguments) {
        WholeKiosk[] kiosk = new WholeKiosk[1];
        robot.interact(() -> {
            kiosk[0] = startOn(stage, temp, content, width, height, arguments);
            stage.show();
        });
        robot.clickOn("#attract-touch");
        return kiosk[0];
    }

    /** As {@link #openOn}, on the fixture content written to {@code temp/content}. */
    public static WholeKiosk open(FxRobot robot, Stage stage, Path temp, int width, int height, String... arguments) {
        Path content = temp.resolve("content");
        TestContent.writeTo(content);
        return openOn(robot, stage, temp, content, width, height, arguments);
    }

    /** As {@link #start}, on a content folder the test wrote itself. */
    public static WholeKiosk startOn(Stage stage, Path temp, Path content, int width, int height, String... arguments) {
        Path settings = temp.resolve("kiosk.properties");
        Path usage = temp.resolve("usage");
        try {
            Files.writeString(settings, "staff.pin.hash=" + TestPins.hash(PIN) + "\nlog.folder="
                    + temp.resolve("logs").toString().replace('\\', '/') + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> commandLine = new ArrayList<>(List.of("--windowed", "--idle", "--data", content.toString(),
                "--config", settings.toString()));
        commandLine.addAll(List.of(arguments));
        Options options = Options.parse(commandLine);
        KioskConfig config = KioskApplication.config(options);
        ManualClock clock = new ManualClock();
        KioskApplication.Running running = KioskApplication.start(stage, options, config, clock,
                KioskApplication.host(options, config, KioskLogging.none(), new CountDownLatch(1)), Runnable::run,
                UsageRecorder.inFolder(usage, config.idleTimeout()));
        stage.setWidth(width);
        stage.setHeight(height);
        return new WholeKiosk(running, clock, content, usage, config);
    }

    public Scene scene() {
        return running.scene();
    }

    /** The time the kiosk sees: move it to let the idle timer, countdowns and holds run. */
    public ManualClock clock() {
        return clock;
    }

    /** The settings the kiosk runs with (the fixture's: idle times at their defaults). */
    public KioskConfig config() {
        return config;
    }

    public Path contentFolder() {
        return content;
    }

    /** Where the kiosk writes its usage log. */
    public Path usageFolder() {
        return usage;
    }

    /** The attendant, to read the idle state in assertions. */
    public KioskAttendant attendant() {
        return running.attendant();
    }

    /** The frame, to read which screen shows in assertions. */
    public KioskFrame frame() {
        return running.frame();
    }
}
