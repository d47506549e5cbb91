package org.zhanaozen.kiosk.present;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Tour;
import org.zhanaozen.kiosk.frame.KioskAttendant;
import org.zhanaozen.kiosk.frame.KioskClock;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * Presentation mode: staff step through the guided tour with a clicker or the keyboard, in front of an audience.
 * While it lasts the kiosk neither resets for idleness nor shows its attract state; the presenter may still touch
 * anything, and the next step carries on from the step they left. With a second screen attached, the presenter's
 * screen shows the speaker notes. Esc ends it and asks for the staff PIN (when one is set), so that a keyboard
 * left at a stand never opens the staff menu to a visitor.
 */
public final class Presentation {

    private static final Logger LOG = LoggerFactory.getLogger(Presentation.class);

    /**
     * @param autoplay    a step every so often by itself, looping; empty for a presenter's own pace
     * @param resumeAfter how long without input before autoplay carries on after a visitor touched it
     */
    public record Settings(Optional<Duration> autoplay, Duration resumeAfter) {
    }

    private final KioskFrame frame;
    private final KioskAttendant attendant;
    private final KioskClock clock;
    private final Settings settings;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final PresentationKeys keys = new PresentationKeys(new KeyActions());
    private TourPlayer player;
    private Curtain curtain;
    private Autoplay autoplay;
    private PresenterView presenterView;
    private Stage presenterStage;

    public Presentation(KioskFrame frame, KioskAttendant attendant, KioskClock clock, Settings settings) {
        this.frame = frame;
        this.attendant = attendant;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Starts presenting this exhibit's tour from its first step, in the scene the frame is shown in. Does nothing
     * (but log) when the content has no tour or the frame shows no exhibit.
     */
    public void start(Exhibit exhibit) {
        Optional<Tour> tour = exhibit.tour().filter(t -> !t.steps().isEmpty());
        Optional<Navigator> navigator = frame.navigator();
        Scene scene = frame.root().getScene();
        if (tour.isEmpty() || navigator.isEmpty() || scene == null || scene.getWindow() == null) {
            LOG.warn("Presentation mode not started: {}", tour.isEmpty() ? "the content has no tour (tour.json)"
                    : "no exhibit is shown");
            return;
        }
        if (presenting.get()) {
            stop();
        }
        LOG.info("Presentation mode: {} steps{}", tour.get().steps().size(),
                settings.autoplay().map(d -> ", autoplay every " + d.toSeconds() + " s").orElse(""));
        attendant.setPresenting(true);
        player = new TourPlayer(tour.get(), navigator.get());
        curtain = new Curtain(frame.overlays());
        keys.attach(scene.getWindow());
        presenting.set(true);
        player.first();
        presenterScreen(scene.getWindow()).ifPresent(screen ->
                openPresenterView(new StepDescriptions(exhibit, navigator.get()), screen));
        settings.autoplay().ifPresent(interval -> {
            autoplay = new Autoplay(clock, interval, settings.resumeAfter(), player::nextLooping, () -> {
                curtain.lift();
                navigator.get().resetAll();
                player.showCurrent();
            });
            player.indexProperty().addListener((obs, was, now) -> autoplay.stepShown());
            autoplay.start(scene);
        });
    }

    /** Ends presentation mode: the kiosk runs as set up again (idle reset, attract state). */
    public void stop() {
        if (!presenting.get()) {
            return;
        }
        keys.detach();
        curtain.lift();
        if (autoplay != null) {
            autoplay.stop();
            autoplay = null;
        }
        closePresenterView();
        presenting.set(false);
        attendant.setPresenting(false);
        LOG.info("Presentation mode ended");
    }

    /** Leaves presentation mode for the staff menu (behind the PIN; without a PIN, just leaves). */
    public void leave() {
        stop();
        attendant.openStaffAccess();
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** The tour being presented; empty when not presenting. */
    public Optional<TourPlayer> player() {
        return presenting.get() ? Optional.of(player) : Optional.empty();
    }

    /** Whether autoplay is advancing the tour right now. */
    public boolean autoplaying() {
        return autoplay != null && autoplay.playingProperty().get();
    }

    /** A screen other than the exhibit's, when one is attached. */
    private static Optional<Screen> presenterScreen(Window exhibitWindow) {
        if (Screen.getScreens().size() < 2 || exhibitWindow == null) {
            return Optional.empty();
        }
        double x = exhibitWindow.getX() + exhibitWindow.getWidth() / 2;
        double y = exhibitWindow.getY() + exhibitWindow.getHeight() / 2;
        return Screen.getScreens().stream().filter(screen -> !screen.getBounds().contains(x, y)).findFirst();
    }

    private void openPresenterView(StepDescriptions descriptions, Screen screen) {
        presenterView = new PresenterView(player, descriptions, clock, clock.millis());
        presenterStage = new Stage();
        Rectangle2D bounds = screen.getVisualBounds();
        presenterStage.setX(bounds.getMinX());
        presenterStage.setY(bounds.getMinY());
        presenterStage.setWidth(bounds.getWidth());
        presenterStage.setHeight(bounds.getHeight());
        Scene scene = new Scene(presenterView, bounds.getWidth(), bounds.getHeight());
        Theme.apply(scene);
        presenterStage.setScene(scene);
        keys.attach(presenterStage);
        presenterStage.setTitle("Presenter view");
        PresenterView shown = presenterView;
        presenterStage.setOnHidden(e -> shown.dispose());
        presenterStage.show();
        LOG.info("Presenter view on the screen at {}", bounds);
    }

    private void closePresenterView() {
        if (presenterStage != null) {
            presenterView.dispose();
            presenterStage.close();
            presenterStage = null;
            presenterView = null;
        }
    }

    private final class KeyActions implements PresentationKeys.Actions {
        @Override
        public void next() {
            player.next();
        }

        @Override
        public void previous() {
            player.previous();
        }

        @Override
        public void first() {
            player.first();
        }

        @Override
        public void last() {
            player.last();
        }

        @Override
        public void jumpTo(int stepNumber) {
            player.jumpTo(stepNumber - 1);
        }

        @Override
        public void toggleCurtain(Curtain.Shade shade) {
            curtain.toggle(shade);
        }

        @Override
        public boolean liftCurtain() {
            boolean down = curtain.isDown();
            curtain.lift();
            return down;
        }

        @Override
        public void leave() {
            Presentation.this.leave();
        }
    }
}
