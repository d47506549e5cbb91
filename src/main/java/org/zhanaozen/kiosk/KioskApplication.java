package org.zhanaozen.kiosk;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.LoadResult;
import org.zhanaozen.kiosk.content.Problem;
import org.zhanaozen.kiosk.frame.CrashGuard;
import org.zhanaozen.kiosk.frame.CursorHider;
import org.zhanaozen.kiosk.frame.FxClock;
import org.zhanaozen.kiosk.frame.KioskAttendant;
import org.zhanaozen.kiosk.frame.KioskClock;
import org.zhanaozen.kiosk.frame.KioskEvents;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.KioskWindow;
import org.zhanaozen.kiosk.frame.ManualClock;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.PinGuard;
import org.zhanaozen.kiosk.frame.PinHash;
import org.zhanaozen.kiosk.frame.Screenshots;
import org.zhanaozen.kiosk.map.tiles.BaseMapTiles;
import org.zhanaozen.kiosk.present.Displays;
import org.zhanaozen.kiosk.present.Presentation;
import org.zhanaozen.kiosk.ui.Motion;
import org.zhanaozen.kiosk.ui.Theme;
import org.zhanaozen.kiosk.usage.UsageRecorder;

/** Starts JavaFX and puts the exhibit, or the staff-facing content error screen, on the stage. */
public final class KioskApplication {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApplication.class);
    static final String TITLE = "Zhanaozen";

    private KioskApplication() {
    }

    private static List<String> problems(LoadResult content) {
        return content.problems().stream().map(Problem::format).toList();
    }

    /** The idle reset and attract state run in kiosk mode, and in a rehearsal window only when asked for. */
    static KioskAttendant.Settings settings(KioskConfig config, Options options) {
        boolean idle = !options.windowed() || options.idle() || config.idleInWindowed();
        return new KioskAttendant.Settings(config.idleTimeout(), config.idleWarning(), idle, config.reducedMotion());
    }

    /** Screens animate unless --no-transitions or motion.reduced says otherwise. */
    static Motion motion(KioskConfig config, Options options) {
        return options.presenting().noTransitions() || config.reducedMotion() ? Motion.NONE : Motion.SMOOTH;
    }

    /** Autoplay, if asked for, waits the idle timeout after a visitor's last input before it carries on. */
    static Presentation.Settings presentationSettings(KioskConfig config, Options options) {
        int autoplay = options.presenting().autoplaySeconds();
        return new Presentation.Settings(
                autoplay > 0 ? Optional.of(java.time.Duration.ofSeconds(autoplay)) : Optional.empty(),
                config.idleTimeout());
    }

    /**
     * The usage log: visits, sections shown, details opened, links followed, idle resets and staff actions, for the
     * exhibitors' figures.
     */
    private static KioskEvents usageEvents(KioskConfig config) {
        return UsageRecorder.inFolder(KioskFolders.ofThisMachine().usage(), config.idleTimeout());
    }

    /** The settings the kiosk runs with: from the --config file, or the default file. */
    static KioskConfig config(Options options) {
        return KioskConfig.load(options.config(), configNamed(options));
    }

    /** Whether --config named a file other than the default, which then is a mistake to report if missing. */
    static boolean configNamed(Options options) {
        return !options.config().equals(KioskFolders.ofThisMachine().config());
    }

    static int run(Options options) {
        KioskConfig config = config(options);
        KioskLogging logging = KioskLogging.start(config.logFolder());
        LOG.info("Zhanaozen kiosk {} starting, settings from {}", Version.get(), config.file());
        config.messages().forEach(message -> LOG.warn("Configuration: {}", message));
        if (config.staffPinHash().isEmpty() && !options.windowed()) {
            LOG.warn("No staff.pin.hash in {}: the staff menu cannot be opened", config.file());
        }
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "content-reload");
            thread.setDaemon(true);
            return thread;
        });
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            Running kiosk = start(stage, options, config, new FxClock(), host(options, config, logging, closed),
                    background, usageEvents(config));
            logFirstFrame(kiosk.scene());
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        LOG.info("Zhanaozen kiosk stopped");
        logging.stop();
        return 0;
    }

    /** The running kiosk's parts, for what drives it from outside (the soak benchmark). */
    record Running(KioskFrame frame, KioskAttendant attendant, Scene scene) {
    }

    /**
     * Builds the kiosk on the content of {@code options.data()} and shows it in the stage, as a venue runs it; on the
     * JavaFX thread. Time comes from {@code clock}, content reloads run on {@code background}.
     */
    static Running start(Stage stage, Options options, KioskConfig config, KioskClock clock, KioskAttendant.Host host,
                         Executor background, KioskEvents events) {
        Theme.loadFonts();
        KioskFrame frame = new KioskFrame();
        KioskAttendant attendant = new KioskAttendant(frame, clock, settings(config, options),
                new PinGuard(config.staffPinHash(), clock), host, background, events);
        new CrashGuard(clock, attendant::recover).install();
        LoadResult content = ContentLoader.load(options.data());
        content.problems().forEach(p -> LOG.error("Content problem: {}", p.format()));
        content.valid().ifPresentOrElse(
                exhibit -> attendant.showExhibit(exhibit, host.screens(exhibit)),
                () -> attendant.showProblems(options.data(), problems(content)));
        Presentation presentation = new Presentation(frame, attendant, clock, presentationSettings(config, options));
        attendant.offerPresentation(presentation::start);
        Screen screen = options.presenting().present()
                ? Displays.choose(Screen.getScreens(), Screen.getPrimary(), options.presenting().swapScreens()).audience()
                : Screen.getPrimary();
        Scene scene = KioskWindow.show(stage, frame.root(), TITLE, !options.windowed(), screen, clock);
        attendant.attach(scene);
        if (options.presenting().present()) {
            content.valid().ifPresent(presentation::start);
        }
        if (!options.windowed()) {
            CursorHider.attach(scene, clock, config.cursorHide());
        }
        Platform.runLater(frame::warmUpScreens);
        return new Running(frame, attendant, scene);
    }

    static KioskAttendant.Host host(Options options, KioskConfig config, KioskLogging logging,
                                            CountDownLatch closed) {
        return new KioskAttendant.Host() {
            @Override
            public LoadResult loadContent() {
                return ContentLoader.load(options.data());
            }

            @Override
            public Navigator screens(Exhibit exhibit) {
                return ExhibitScreens.create(exhibit, motion(config, options));
            }

            @Override
            public Path contentFolder() {
                return options.data();
            }

            @Override
            public void exit() {
                closed.countDown();
                Platform.exit();
            }

            @Override
            public List<String> diagnostics() {
                return KioskApplication.diagnostics(config, logging.file(), logging.recentErrors().lines());
            }
        };
    }

    static List<String> diagnostics(KioskConfig config, Optional<Path> logFile, List<String> recentErrors) {
        List<String> lines = new ArrayList<>();
        lines.add("Version: " + Version.get());
        lines.add("Settings: " + config.file() + (java.nio.file.Files.exists(config.file()) ? "" : " (not found: defaults)"));
        config.messages().forEach(message -> lines.add("Settings problem: " + message));
        lines.addAll(BaseMapTiles.diagnostics());
        lines.add(logFile.map(file -> "Log file: " + file).orElse("Log file: none, logging to the console only"));
        lines.add(recentErrors.isEmpty() ? "Recent errors: none" : "Recent errors (newest last):");
        lines.addAll(recentErrors);
        return lines;
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
                    Exhibit exhibit = content.valid().orElseThrow();
                    // map tiles read on this thread, so every picture shows the real map
                    Navigator navigator = ExhibitScreens.create(exhibit, Motion.NONE, Runnable::run);
                    KioskFrame frame = new KioskFrame();
                    KioskAttendant attendant = screenshotAttendant(frame, options, exhibit, navigator);
                    for (Path file : Screenshots.render(navigator, frame.root(), attendant.screenshotStates(),
                            options.output(), size[0], size[1])) {
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

    /** An attendant on a clock that stands still, with a throwaway PIN, so its states render the same every time. */
    private static KioskAttendant screenshotAttendant(KioskFrame frame, Options options, Exhibit exhibit,
                                                      Navigator navigator) {
        ManualClock clock = new ManualClock();
        KioskConfig defaults = KioskConfig.parse("", options.config());
        PinGuard pins = new PinGuard(Optional.of(PinHash.of("0000000000".toCharArray())), clock);
        KioskAttendant attendant = new KioskAttendant(frame, clock,
                new KioskAttendant.Settings(defaults.idleTimeout(), defaults.idleWarning(), true, false), pins,
                host(options, defaults, KioskLogging.none(), new CountDownLatch(1)), Runnable::run, KioskEvents.NONE);
        attendant.showExhibit(exhibit, navigator);
        // The staff menu as the running kiosk shows it, with "Present"; nothing presents in a screenshot.
        attendant.offerPresentation(shown -> { });
        return attendant;
    }
}
