package org.zhanaozen.kiosk.frame;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.ContextMenuEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.LoadResult;
import org.zhanaozen.kiosk.content.Problem;

/**
 * Looks after a kiosk nobody from the team is watching: returns it to the attract state when a visitor walks away
 * (after an "Are you still there?" warning), opens the staff menu to the hidden gesture and the PIN, reloads the
 * content on request, and brings the kiosk back to its welcome screen after an unexpected error. It reports what
 * happens to {@link KioskEvents}, for a usage log.
 */
public final class KioskAttendant {

    private static final Logger LOG = LoggerFactory.getLogger(KioskAttendant.class);

    /**
     * How the kiosk behaves when left alone.
     *
     * @param idleTimeout   how long without input before the warning
     * @param idleWarning   how long the warning counts down before the reset
     * @param idleEnabled   whether idle reset happens at all (off in a rehearsal window unless asked for)
     * @param reducedMotion the attract state stands still
     */
    public record Settings(Duration idleTimeout, Duration idleWarning, boolean idleEnabled, boolean reducedMotion) {
    }

    /** What the attendant needs from the application around it. */
    public interface Host {

        /** Reads the content folder again; called on the background executor. */
        LoadResult loadContent();

        /** Builds the screens for a valid exhibit; called on the JavaFX thread. */
        Navigator screens(Exhibit exhibit);

        /** Where the content is read from, for diagnostics. */
        Path contentFolder();

        /** Ends the application (staff chose to leave the kiosk). */
        void exit();

        /** Lines about the application for the staff menu: version, configuration, logging, recent errors. */
        List<String> diagnostics();
    }

    private final KioskFrame frame;
    private final KioskClock clock;
    private final Settings settings;
    private final PinGuard pins;
    private final Host host;
    private final Executor background;
    private final KioskEvents events;
    private final IdleMonitor idle;
    private final long startedAt;
    private final ChangeListener<Screen> sectionShown = (obs, old, now) -> onSectionShown(now);
    /** What is opened and followed on the screens, passed on only when a visitor did it. */
    private final KioskEvents visitorMoves = new KioskEvents() {
        @Override
        public void detailOpened(Link detail) {
            if (visitorHere()) {
                events.detailOpened(detail);
            }
        }

        @Override
        public void linkFollowed(String from, String to) {
            if (visitorHere()) {
                events.linkFollowed(from, to);
            }
        }
    };
    private Exhibit exhibit;
    private AttractView attract;
    private KioskClock.Scheduled motion;
    private PinKeypad keypad;
    private StaffMenu staffMenu;
    private IdleWarning warning;
    private boolean visiting;
    private Consumer<Exhibit> presenter;
    private boolean presenting;

    public KioskAttendant(KioskFrame frame, KioskClock clock, Settings settings, PinGuard pins, Host host,
                          Executor background, KioskEvents events) {
        this.frame = frame;
        this.clock = clock;
        this.settings = settings;
        this.pins = pins;
        this.host = host;
        this.background = background;
        this.events = events;
        this.startedAt = clock.millis();
        idle = new IdleMonitor(clock, settings.idleTimeout(), settings.idleWarning());
        idle.enabledProperty().set(settings.idleEnabled());
        idle.stateProperty().addListener((obs, was, now) -> onIdleState(was, now));
    }

    /** Shows a valid exhibit on these screens (at start, or after a reload). */
    public void showExhibit(Exhibit shown, Navigator screens) {
        frame.navigator().ifPresent(old -> old.currentProperty().removeListener(sectionShown));
        exhibit = shown;
        attract = null;
        frame.show(screens);
        screens.currentProperty().addListener(sectionShown);
        screens.reportTo(visitorMoves);
        pauseWhileScreenPlays(screens.current());
        if (idle.state() == IdleMonitor.State.ATTRACT) {
            showAttract();
        }
    }

    /** Shows the staff-facing list of content problems; the staff menu still opens over it. */
    public void showProblems(Path folder, List<String> problems) {
        frame.navigator().ifPresent(old -> old.currentProperty().removeListener(sectionShown));
        exhibit = null;
        attract = null;
        frame.showProblems(ContentErrorScreen.create(folder, problems));
    }

    /**
     * Starts looking after the kiosk in this scene: idle reset, the staff gesture, no context menus. With idle
     * reset on, the kiosk opens in the attract state.
     */
    public void attach(Scene scene) {
        idle.attach(scene);
        new StaffGesture(clock, this::openStaffAccess).attach(scene);
        scene.addEventFilter(ContextMenuEvent.ANY, ContextMenuEvent::consume);
        if (settings.idleEnabled()) {
            idle.attract();
        }
    }

    public IdleMonitor idle() {
        return idle;
    }

    /** Offers "Present" in the staff menu when the exhibit shown has a guided tour; {@code start} presents it. */
    public void offerPresentation(Consumer<Exhibit> start) {
        presenter = start;
    }

    /**
     * While staff present, no idle warning, reset or attract state: the overlays close and the kiosk counts no
     * visit. Afterwards the settings apply again.
     */
    public void setPresenting(boolean on) {
        presenting = on;
        idle.enabledProperty().set(!on && settings.idleEnabled());
        if (on) {
            closeOverlays();
            idle.visitorPresent();
        }
    }

    private void onSectionShown(Screen screen) {
        pauseWhileScreenPlays(screen);
        if (visiting) {
            events.sectionShown(screen.id());
        }
    }

    /** In a visit and not presenting: a presentation's steps open details and follow links too, and are not counted. */
    private boolean visitorHere() {
        return visiting && !presenting;
    }

    private void pauseWhileScreenPlays(Screen screen) {
        idle.pausedProperty().bind(screen.holdsVisitorAttention());
    }

    private void onIdleState(IdleMonitor.State was, IdleMonitor.State now) {
        switch (now) {
            case WARNING -> {
                warning = new IdleWarning(idle.secondsLeftProperty());
                frame.overlays().getChildren().add(warning);
            }
            case ATTRACT -> resetForNextVisitor();
            case ACTIVE -> {
                removeOverlay(warning);
                warning = null;
                if (was == IdleMonitor.State.ATTRACT && !presenting) {
                    visitorArrived();
                }
            }
        }
    }

    private void resetForNextVisitor() {
        if (visiting) {
            visiting = false;
            LOG.info("Idle reset: the visitor left");
            events.idleReset();
        }
        closeOverlays();
        frame.navigator().ifPresent(Navigator::resetAll);
        showAttract();
    }

    private void visitorArrived() {
        closeOverlays();
        frame.navigator().ifPresent(Navigator::goHome);
        visiting = true;
        events.visitStarted();
        frame.navigator().ifPresent(screens -> events.sectionShown(screens.current().id()));
    }

    private void showAttract() {
        if (exhibit == null) {
            return;
        }
        stopMotion();
        frame.overlays().getChildren().remove(attract);
        attract = new AttractView(exhibit.info(), settings.reducedMotion());
        frame.overlays().getChildren().add(attract);
        if (!settings.reducedMotion()) {
            long start = clock.millis();
            motion = clock.everyFrame(() -> attract.showAt(clock.millis() - start));
        }
    }

    private void stopMotion() {
        if (motion != null) {
            motion.cancel();
            motion = null;
        }
    }

    private void closeOverlays() {
        stopMotion();
        if (keypad != null) {
            keypad.dispose();
        }
        keypad = null;
        staffMenu = null;
        warning = null;
        attract = null;
        frame.overlays().getChildren().clear();
    }

    private void removeOverlay(Node overlay) {
        if (overlay != null) {
            frame.overlays().getChildren().remove(overlay);
        }
    }

    /** After an unexpected error: every overlay closed, every screen reset, home shown (or the attract state). */
    public void recover() {
        boolean attracting = idle.state() == IdleMonitor.State.ATTRACT;
        closeOverlays();
        frame.navigator().ifPresent(Navigator::resetAll);
        if (attracting) {
            showAttract();
        } else {
            idle.visitorPresent();
        }
    }

    /** Opens the PIN keypad, if a staff PIN is configured; without one the staff menu cannot be opened. */
    public void openStaffAccess() {
        if (!pins.isConfigured()) {
            LOG.info("Staff gesture seen, but no staff.pin.hash is configured: the staff menu stays closed");
            return;
        }
        if (keypad != null || staffMenu != null) {
            return;
        }
        keypad = new PinKeypad(pins, clock, events, background, this::openStaffMenu, () -> {
            removeOverlay(keypad);
            keypad = null;
        });
        frame.overlays().getChildren().add(keypad);
    }

    private void openStaffMenu() {
        removeOverlay(keypad);
        keypad = null;
        staffMenu = new StaffMenu(new StaffMenu.Actions() {
            @Override
            public void leave() {
                LOG.info("Staff left the kiosk");
                events.staffAction("leave");
                host.exit();
            }

            @Override
            public void reload() {
                reloadContent();
            }

            @Override
            public void testIdleReset() {
                closeStaffMenu();
                events.staffAction("idle-test");
                idle.warnNow();
            }

            @Override
            public void close() {
                closeStaffMenu();
            }
        });
        Exhibit shown = exhibit;
        if (presenter != null && shown != null && shown.tour().isPresent()) {
            staffMenu.addAction("staff-present", "Present", () -> {
                events.staffAction("present");
                presenter.accept(shown);
            });
        }
        staffMenu.showDiagnostics(diagnostics());
        frame.overlays().getChildren().add(staffMenu);
        LOG.info("Staff menu opened");
        events.staffAction("menu-opened");
    }

    private void closeStaffMenu() {
        removeOverlay(staffMenu);
        staffMenu = null;
    }

    private void reloadContent() {
        StaffMenu menu = staffMenu;
        menu.setReloading(true);
        menu.showStatus("Reading the content from " + host.contentFolder().toAbsolutePath() + " …", List.of());
        background.execute(() -> {
            LoadResult result;
            try {
                result = host.loadContent();
            } catch (RuntimeException e) {
                LOG.error("Content reload failed", e);
                result = null;
            }
            LoadResult loaded = result;
            Platform.runLater(() -> applyReload(menu, loaded));
        });
    }

    private void applyReload(StaffMenu menu, LoadResult result) {
        menu.setReloading(false);
        if (result == null) {
            menu.showStatus("The content could not be read (see the errors below); the exhibit is unchanged.", List.of());
            events.staffAction("reload-failed");
        } else if (result.isValid()) {
            Exhibit loaded = result.valid().orElseThrow();
            try {
                showExhibit(loaded, host.screens(loaded));
                LOG.info("Content reloaded from {}", loaded.folder());
                menu.showStatus("Content reloaded: " + counts(loaded) + ".", List.of());
                events.staffAction("reload");
            } catch (RuntimeException e) {
                LOG.error("The reloaded content could not be shown", e);
                menu.showStatus("The reloaded content could not be shown (see the errors below).", List.of());
                events.staffAction("reload-failed");
            }
        } else {
            List<String> problems = result.problems().stream().map(Problem::format).toList();
            problems.forEach(p -> LOG.warn("Content reload: {}", p));
            menu.showStatus("The content has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + ": nothing was changed, the kiosk keeps showing the content it had.", problems);
            events.staffAction("reload-failed");
        }
        menu.showDiagnostics(diagnostics());
    }

    /**
     * The kiosk's own states for the screenshot option: the idle warning, the attract state, the PIN keypad (empty,
     * and locked after wrong PINs) and the staff menu. Use with a {@link ManualClock}, so the pictures do not move.
     */
    public List<ScreenState> screenshotStates() {
        return List.of(
                new ScreenState("idle-warning", () -> {
                    startOver();
                    idle.warnNow();
                }),
                new ScreenState("attract", () -> {
                    startOver();
                    idle.attract();
                }),
                new ScreenState("pin-keypad", () -> {
                    startOver();
                    openStaffAccess();
                }),
                new ScreenState("pin-locked", () -> {
                    startOver();
                    openStaffAccess();
                    for (int i = 0; i < PinGuard.FREE_ATTEMPTS && keypad != null; i++) {
                        ((Button) keypad.lookup("#pin-key-0")).fire();
                        ((Button) keypad.lookup("#pin-ok")).fire();
                    }
                }),
                new ScreenState("staff-menu", () -> {
                    startOver();
                    openStaffMenu();
                }));
    }

    private void startOver() {
        closeOverlays();
        idle.visitorPresent();
    }

    private static String counts(Exhibit shown) {
        return shown.events().size() + " events, " + shown.places().size() + " places, "
                + shown.people().size() + " people";
    }

    private List<String> diagnostics() {
        List<String> lines = new ArrayList<>();
        lines.add("Content folder: " + host.contentFolder().toAbsolutePath());
        lines.add("Content shown: " + Optional.ofNullable(exhibit).map(KioskAttendant::counts)
                .orElse("none (the content has problems)"));
        Duration uptime = Duration.ofMillis(clock.millis() - startedAt);
        lines.add(String.format("Running for %d d %02d h %02d min", uptime.toDays(), uptime.toHoursPart(),
                uptime.toMinutesPart()));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        lines.add(String.format("Memory: %d MB used of %d MB", heap.getUsed() >> 20, heap.getMax() >> 20));
        lines.add("Idle reset: " + (settings.idleEnabled()
                ? "after " + settings.idleTimeout().toSeconds() + " s, warning for " + settings.idleWarning().toSeconds() + " s"
                : "off"));
        lines.addAll(host.diagnostics());
        return lines;
    }
}
