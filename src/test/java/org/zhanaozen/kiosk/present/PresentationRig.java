package org.zhanaozen.kiosk.present;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhanaozen.kiosk.TestScreens;
import org.zhanaozen.kiosk.TestStages;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.LoadResult;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.frame.KioskAttendant;
import org.zhanaozen.kiosk.frame.KioskEvents;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.ManualClock;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.PinGuard;
import org.zhanaozen.kiosk.frame.TestPins;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The kiosk as KioskApplication wires it (frame, attendant with idle reset on, presentation) on a manual clock, with
 * the real screens plus fake timeline, map and people screens.
 */
final class PresentationRig {

    static final String PIN = "2468";
    /**
     * A tour of the fixture content with every kind of step: places with and without a zoom, events one after another
     * and after other screens, a person, the accused view, and the text screens between them.
     */
    static final String TOUR = """
            {
              "title": "The harbour strike, step by step",
              "steps": [
                { "screen": "home", "note": "Welcome to the harbour." },
                { "screen": "map", "place": "harbourtown", "zoom": 7, "note": "Where it began." },
                { "screen": "map", "place": "portside", "zoom": 4, "note": "The port nearby." },
                { "screen": "timeline", "event": "1991-05-11-strike-begins", "note": "The strike begins." },
                { "screen": "timeline", "event": "1991-12-16-shooting" },
                { "screen": "timeline", "event": "1991-12-16-crackdown" },
                { "screen": "demands", "note": "What the workers asked for." },
                { "screen": "timeline", "event": "1991-12-17-emergency" },
                { "screen": "map", "place": "upland-fields" },
                { "screen": "context" },
                { "screen": "timeline", "event": "1992-trial" },
                { "screen": "people", "person": "ivan-sorel" },
                { "screen": "people", "view": "accused" },
                { "screen": "closing", "note": "Thank you." }
              ]
            }
            """;
    /** The fixture content with {@link #TOUR}. */
    static final Exhibit EXHIBIT = TestContent.exhibit(content -> content.withTour(TOUR));
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(90);
    /** The screens that need no map, timeline or people: what the tests without stand-ins run on. */
    static final java.util.Set<String> TEXT_SCREENS = java.util.Set.of("home", "demands", "context", "closing");

    final ManualClock clock = new ManualClock();
    final KioskFrame frame = new KioskFrame();
    final Exhibit exhibit;
    final Navigator navigator;
    final FakeScreen timeline = FakeScreen.timeline();
    final FakeScreen map = FakeScreen.map();
    final FakeScreen people = FakeScreen.people();
    final KioskAttendant attendant;
    final Presentation presentation;
    final Scene scene;

    /** Must run on the JavaFX thread. */
    PresentationRig(Stage stage, Exhibit exhibit, boolean withFakes, boolean withPin, Optional<Duration> autoplay) {
        Theme.loadFonts();
        this.exhibit = exhibit;
        navigator = withFakes ? TestScreens.replacing(exhibit, map, timeline, people)
                : TestScreens.only(exhibit, TEXT_SCREENS);
        PinGuard pins = new PinGuard(withPin ? Optional.of(TestPins.hash(PIN)) : Optional.empty(), clock);
        attendant = new KioskAttendant(frame, clock,
                new KioskAttendant.Settings(IDLE_TIMEOUT, Duration.ofSeconds(20), true, true), pins, new Host(),
                Runnable::run, KioskEvents.NONE);
        attendant.showExhibit(exhibit, navigator);
        presentation = new Presentation(frame, attendant, clock, new Presentation.Settings(autoplay, IDLE_TIMEOUT));
        attendant.offerPresentation(presentation::start);
        scene = new Scene(frame.root(), 1920, 1080);
        Theme.apply(scene);
        TestStages.show(stage, scene);
        stage.show();
        attendant.attach(scene);
    }

    TourPlayer player() {
        return presentation.player().orElseThrow();
    }

    private static final class Host implements KioskAttendant.Host {
        @Override
        public LoadResult loadContent() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Navigator screens(Exhibit exhibit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path contentFolder() {
            return EXHIBIT.folder();
        }

        @Override
        public void exit() {
        }

        @Override
        public List<String> diagnostics() {
            return List.of();
        }
    }
}
