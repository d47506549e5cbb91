package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.LoadResult;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.frame.CrashGuard;
import org.zhanaozen.kiosk.frame.IdleMonitor;
import org.zhanaozen.kiosk.frame.KioskAttendant;
import org.zhanaozen.kiosk.frame.KioskEvents;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.ManualClock;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.PinGuard;
import org.zhanaozen.kiosk.frame.PinHash;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.frame.TestPins;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The kiosk left alone, on a clock the test moves: the idle warning and reset, the attract state, the staff
 * gesture and PIN, the staff menu's reload, and recovery from an unexpected error.
 */
@UiTest
class KioskAttendantTest {

    private static final String PIN = "4826";
    /** Hashed once: PBKDF2 is slow on purpose. */
    private static final PinHash PIN_HASH = TestPins.hash(PIN);

    private final Exhibit exhibit = BundledContent.bundled();
    private final ManualClock clock = new ManualClock();
    private final List<String> events = new ArrayList<>();
    private TestScreen testScreen;
    private Stage stage;
    private KioskFrame frame;
    private Navigator navigator;
    private KioskAttendant attendant;
    private LoadResult nextLoad;
    /** Where the attendant does its slow work: here and now unless a test holds it back. */
    private Executor background = Runnable::run;

    /** A screen that records its resets, can hold the visitor's attention, and has a button that fails. */
    private static final class TestScreen implements Screen {
        final SimpleBooleanProperty playing = new SimpleBooleanProperty();
        final Button failing = new Button("Fail");
        final Pane view = new Pane(failing);
        int resets;

        TestScreen() {
            failing.setId("test-fail");
            failing.setOnAction(e -> {
                throw new IllegalStateException("a bug in a handler");
            });
        }

        @Override
        public String id() {
            return "test";
        }

        @Override
        public String title() {
            return "Test";
        }


        @Override
        public Node view() {
            return view;
        }

        @Override
        public void reset() {
            resets++;
        }

        @Override
        public ObservableBooleanValue holdsVisitorAttention() {
            return playing;
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        testScreen = new TestScreen();
        Theme.loadFonts();
        install(Optional.of(PIN_HASH));
        stage.show();
    }

    /** Builds the kiosk in the stage, in kiosk mode with idle reset on, as the application does. */
    private void install(Optional<PinHash> pin) {
        frame = new KioskFrame();
        attendant = new KioskAttendant(frame, clock,
                new KioskAttendant.Settings(Duration.ofSeconds(90), Duration.ofSeconds(20), true, false),
                new PinGuard(pin, clock), new KioskAttendant.Host() {
                    @Override
                    public LoadResult loadContent() {
                        return nextLoad;
                    }

                    @Override
                    public Navigator screens(Exhibit shown) {
                        return screensWithTestScreen(shown);
                    }

                    @Override
                    public Path contentFolder() {
                        return BundledContent.BUNDLED;
                    }

                    @Override
                    public void exit() {
                        events.add("exit");
                    }

                    @Override
                    public List<String> diagnostics() {
                        return List.of("Version: test");
                    }
                }, background, recorder());
        navigator = screensWithTestScreen(exhibit);
        attendant.showExhibit(exhibit, navigator);
        Scene scene = new Scene(frame.root(), 1920, 1080);
        Theme.apply(scene);
        attendant.attach(scene);
        TestStages.show(stage, scene);
    }

    private Navigator screensWithTestScreen(Exhibit shown) {
        Navigator screens = ExhibitScreens.create(shown);
        screens.register(testScreen);
        return screens;
    }

    private KioskEvents recorder() {
        return new KioskEvents() {
            @Override
            public void visitStarted() {
                events.add("visit");
            }

            @Override
            public void sectionShown(String screenId) {
                events.add("section " + screenId);
            }

            @Override
            public void idleReset() {
                events.add("idle-reset");
            }

            @Override
            public void staffAction(String name) {
                events.add("staff " + name);
            }

            @Override
            public void detailOpened(Link detail) {
                events.add("opened " + detail.id());
            }

            @Override
            public void linkFollowed(String from, String to) {
                events.add("link " + from + " -> " + to);
            }
        };
    }

    private void advance(FxRobot robot, Duration duration) {
        robot.interact(() -> clock.advance(duration));
    }

    private boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    /** Touches the attract state, as the first visitor does. */
    private void begin(FxRobot robot) {
        robot.clickOn("#attract-touch");
        assertThat(showing(robot, "#attract")).isFalse();
    }

    private ScrollPane page(String screenId) {
        return (ScrollPane) navigator.screen(screenId).orElseThrow().view();
    }

    @Test
    void theKioskOpensOnTheAttractStateAndATouchGoesHomeAndStartsAVisit(FxRobot robot) {
        assertThat(showing(robot, "#attract")).isTrue();
        assertThat(robot.lookup("#attract-title").queryAs(Label.class).getText()).isEqualTo(exhibit.info().title());
        assertThat(robot.lookup(".attract-figure-value").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyElementsOf(exhibit.info().keyFigures().stream().map(f -> f.value()).toList());
        // The touch lands where the Demands button lies under the attract state: it must only begin the visit.
        robot.clickOn(robot.lookup("#nav-demands").queryButton());
        assertThat(showing(robot, "#attract")).isFalse();
        assertThat(navigator.current().id()).isEqualTo("home");
        assertThat(events).containsExactly("visit", "section home");
    }

    @Test
    void detailsOpenedAndLinksFollowedAreToldOnlyForAVisitorAndNotForAPresentationsSteps(FxRobot robot) {
        robot.interact(() -> navigator.opened(new Link.ToPlace("before-anyone-came")));
        begin(robot);
        events.clear();
        robot.interact(() -> {
            navigator.opened(new Link.ToPerson("someone"));
            navigator.go("test");
        });
        robot.interact(() -> navigator.follow(new Link.ToView(ScreenId.PEOPLE, "accused")));
        assertThat(events).containsExactly("opened someone", "section test", "link test -> people", "section people");

        events.clear();
        robot.interact(() -> {
            attendant.setPresenting(true);
            navigator.opened(new Link.ToPerson("someone"));
            navigator.follow(new Link.ToView(ScreenId.PEOPLE, "victims"));
        });
        assertThat(events).doesNotContain("opened someone").noneMatch(event -> event.startsWith("link"));
    }

    @Test
    void theAttractStateMovesSlowlyWithTheClock(FxRobot robot) {
        Node first = robot.lookup("#attract-figure-" + exhibit.info().keyFigures().get(0).id()).query();
        Node second = robot.lookup("#attract-figure-" + exhibit.info().keyFigures().get(1).id()).query();
        assertThat(first.getScaleX()).isGreaterThan(second.getScaleX());
        advance(robot, Duration.ofSeconds(6));
        assertThat(second.getScaleX()).isGreaterThan(first.getScaleX());
    }

    @Test
    void theWarningComesAtTheTimeoutWithAVisibleCountdown(FxRobot robot) {
        begin(robot);
        advance(robot, Duration.ofSeconds(89));
        assertThat(showing(robot, "#idle-warning")).isFalse();
        advance(robot, Duration.ofSeconds(1));
        assertThat(showing(robot, "#idle-warning")).isTrue();
        assertThat(robot.lookup("#idle-countdown").queryAs(Label.class).getText()).isEqualTo("20");
        advance(robot, Duration.ofSeconds(5));
        assertThat(robot.lookup("#idle-countdown").queryAs(Label.class).getText()).isEqualTo("15");
    }

    @Test
    void inputRestartsTheWait(FxRobot robot) {
        begin(robot);
        advance(robot, Duration.ofSeconds(80));
        robot.clickOn("#nav-context");
        advance(robot, Duration.ofSeconds(80));
        assertThat(showing(robot, "#idle-warning")).isFalse();
    }

    @Test
    void aTouchDismissesTheWarningAndTheVisitorContinuesWhereTheyWere(FxRobot robot) {
        begin(robot);
        robot.clickOn("#nav-demands");
        robot.interact(() -> page("demands").setVvalue(0.5));
        advance(robot, Duration.ofSeconds(95));
        assertThat(showing(robot, "#idle-warning")).isTrue();
        // Touch where the Welcome button lies under the warning: it must not take the visitor home.
        robot.clickOn(robot.lookup("#nav-home").queryButton());
        assertThat(showing(robot, "#idle-warning")).isFalse();
        assertThat(navigator.current().id()).isEqualTo("demands");
        assertThat(page("demands").getVvalue()).isEqualTo(0.5);
        assertThat(events).doesNotContain("idle-reset");
        advance(robot, Duration.ofSeconds(60));
        assertThat(showing(robot, "#attract")).isFalse();
    }

    @Test
    void whenTheCountdownEndsEveryScreenIsResetAndTheAttractStateShows(FxRobot robot) {
        begin(robot);
        robot.interact(() -> page("home").setVvalue(0.7));
        robot.clickOn("#nav-demands");
        robot.interact(() -> page("demands").setVvalue(0.6));
        robot.clickOn("#nav-test");
        int resetsBefore = testScreen.resets;
        advance(robot, Duration.ofSeconds(90 + 20));
        assertThat(showing(robot, "#idle-warning")).isFalse();
        assertThat(showing(robot, "#attract")).isTrue();
        assertThat(testScreen.resets).isEqualTo(resetsBefore + 1);
        assertThat(page("home").getVvalue()).isZero();
        assertThat(page("demands").getVvalue()).isZero();
        assertThat(navigator.current().id()).isEqualTo("home");
        assertThat(events).endsWith("idle-reset");
        assertThat(attendant.idle().state()).isEqualTo(IdleMonitor.State.ATTRACT);
        // The next visitor starts afresh.
        events.clear();
        begin(robot);
        assertThat(events).containsExactly("visit", "section home");
    }

    @Test
    void theIdleResetClosesAnOpenStaffKeypad(FxRobot robot) {
        begin(robot);
        robot.interact(attendant::openStaffAccess);
        advance(robot, Duration.ofSeconds(110));
        assertThat(showing(robot, "#pin-keypad")).isFalse();
        assertThat(showing(robot, "#attract")).isTrue();
    }

    @Test
    void aScreenThatHoldsTheVisitorsAttentionPausesTheIdleReset(FxRobot robot) {
        begin(robot);
        robot.clickOn("#nav-test");
        robot.interact(() -> testScreen.playing.set(true));
        advance(robot, Duration.ofMinutes(10));
        assertThat(showing(robot, "#idle-warning")).isFalse();
        robot.interact(() -> testScreen.playing.set(false));
        advance(robot, Duration.ofSeconds(90));
        assertThat(showing(robot, "#idle-warning")).isTrue();
    }

    /** Five taps in the top-left corner, then a sixth touch held for two seconds. */
    private void staffGesture(FxRobot robot) {
        var corner = robot.offset(frame.root(), Pos.TOP_LEFT, 30, 30);
        for (int i = 0; i < 5; i++) {
            robot.clickOn(corner);
        }
        robot.moveTo(corner);
        robot.press(javafx.scene.input.MouseButton.PRIMARY);
        advance(robot, Duration.ofSeconds(2));
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
    }

    private void typePin(FxRobot robot, String pin) {
        for (char digit : pin.toCharArray()) {
            robot.clickOn("#pin-key-" + digit);
        }
        robot.clickOn("#pin-ok");
    }

    @Test
    void theStaffGestureAndTheRightPinOpenTheStaffMenu(FxRobot robot) {
        begin(robot);
        staffGesture(robot);
        assertThat(showing(robot, "#pin-keypad")).isTrue();
        assertThat(robot.lookup("#pin-dots").queryAs(Label.class).getText()).doesNotContain("4");
        typePin(robot, PIN);
        assertThat(showing(robot, "#pin-keypad")).isFalse();
        assertThat(showing(robot, "#staff-menu")).isTrue();
        assertThat(robot.lookup("#staff-diagnostics .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(line -> assertThat(line).contains(BundledContent.bundled().events().size() + " events"))
                .anySatisfy(line -> assertThat(line).contains("Version: test"));
        robot.clickOn("#staff-leave");
        assertThat(events).contains("staff menu-opened", "staff leave", "exit");
    }

    /** The right PIN typed on a kiosk whose background work waits in the returned list until a test runs it. */
    private List<Runnable> typeThePinWithItsCheckHeldBack(FxRobot robot) {
        List<Runnable> held = new ArrayList<>();
        robot.interact(() -> {
            background = held::add;
            install(Optional.of(PIN_HASH));
        });
        begin(robot);
        staffGesture(robot);
        typePin(robot, PIN);
        return held;
    }

    @Test
    void thePinIsCheckedOffTheFxThreadAndTheKeypadWaitsForTheAnswer(FxRobot robot) {
        List<Runnable> held = typeThePinWithItsCheckHeldBack(robot);

        assertThat(held).as("the PIN check handed to the background").hasSize(1);
        assertThat(showing(robot, "#staff-menu")).isFalse();
        assertThat(robot.lookup("#pin-key-1").queryButton().isDisabled()).as("keys wait for the answer").isTrue();
        held.remove(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#staff-menu")).isTrue();
    }

    @Test
    void anIdleResetWhileThePinIsCheckedOpensNothing(FxRobot robot) {
        List<Runnable> held = typeThePinWithItsCheckHeldBack(robot);
        advance(robot, Duration.ofSeconds(90 + 20));
        assertThat(showing(robot, "#attract")).isTrue();

        held.remove(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#staff-menu")).isFalse();
    }

    @Test
    void fiveTapsWithoutTheHoldOrTapsElsewhereDoNotOpenTheKeypad(FxRobot robot) {
        begin(robot);
        var corner = robot.offset(frame.root(), Pos.TOP_LEFT, 30, 30);
        for (int i = 0; i < 6; i++) {
            robot.clickOn(corner);
        }
        assertThat(showing(robot, "#pin-keypad")).isFalse();
        var elsewhere = robot.offset(frame.root(), Pos.TOP_LEFT, 300, 30);
        for (int i = 0; i < 5; i++) {
            robot.clickOn(elsewhere);
        }
        robot.moveTo(elsewhere).press(javafx.scene.input.MouseButton.PRIMARY);
        advance(robot, Duration.ofSeconds(3));
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(showing(robot, "#pin-keypad")).isFalse();
    }

    @Test
    void wrongPinsDoNotOpenTheMenuAndLockTheKeypadForLongerEachTime(FxRobot robot) {
        begin(robot);
        staffGesture(robot);
        typePin(robot, "0000");
        assertThat(robot.lookup("#pin-message").queryAs(Label.class).getText()).isEqualTo("Wrong PIN");
        typePin(robot, "1111");
        typePin(robot, "2222");
        assertThat(showing(robot, "#staff-menu")).isFalse();
        assertThat(robot.lookup("#pin-key-4").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#pin-message").queryAs(Label.class).getText()).contains("30 s");
        advance(robot, Duration.ofSeconds(10));
        assertThat(robot.lookup("#pin-message").queryAs(Label.class).getText()).contains("20 s");
        advance(robot, Duration.ofSeconds(20));
        assertThat(robot.lookup("#pin-key-4").queryButton().isDisabled()).isFalse();
        typePin(robot, "3333");
        assertThat(robot.lookup("#pin-message").queryAs(Label.class).getText()).contains("60 s");
        advance(robot, Duration.ofSeconds(60));
        typePin(robot, PIN);
        assertThat(showing(robot, "#staff-menu")).isTrue();
        assertThat(events).filteredOn("staff pin-wrong"::equals).hasSize(4);
    }

    @Test
    void withoutAConfiguredPinTheStaffMenuCannotBeOpened(FxRobot robot) {
        robot.interact(() -> install(Optional.empty()));
        begin(robot);
        staffGesture(robot);
        assertThat(showing(robot, "#pin-keypad")).isFalse();
        assertThat(showing(robot, "#staff-menu")).isFalse();
    }

    private void openStaffMenu(FxRobot robot) {
        begin(robot);
        staffGesture(robot);
        typePin(robot, PIN);
    }

    @Test
    void reloadingInvalidContentKeepsTheRunningExhibitAndShowsTheProblems(FxRobot robot, @TempDir Path broken)
            throws Exception {
        BundledContent.copyWith(broken, "events.json", text -> text.replace("\"phase\": \"tragedy\"", "\"phase\": \"tragedyy\""));
        nextLoad = ContentLoader.load(broken);
        openStaffMenu(robot);
        robot.clickOn("#staff-reload");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame.navigator()).containsSame(navigator);
        assertThat(robot.lookup("#staff-status").queryAs(Label.class).getText()).contains("nothing was changed");
        assertThat(robot.lookup("#staff-problems .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(line -> assertThat(line).startsWith("events.json:").contains("tragedyy"));
        assertThat(events).contains("staff reload-failed");
    }

    @Test
    void reloadingValidContentSwapsTheScreens(FxRobot robot, @TempDir Path changed) throws Exception {
        String title = BundledContent.bundled().info().title();
        BundledContent.copyWith(changed, "exhibit.json", text -> text.replace("\"title\": \"" + title + "\"",
                "\"title\": \"" + title + ", edited\""));
        nextLoad = ContentLoader.load(changed);
        assertThat(nextLoad.isValid()).isTrue();
        openStaffMenu(robot);
        robot.clickOn("#staff-reload");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame.navigator()).isPresent().get().isNotSameAs(navigator);
        assertThat(robot.lookup("#staff-status").queryAs(Label.class).getText()).contains("Content reloaded");
        robot.clickOn("#staff-close");
        assertThat(robot.lookup("#home-title").queryAs(Label.class).getText()).isEqualTo(title + ", edited");
        assertThat(events).contains("staff reload");
    }

    @Test
    void testingTheIdleResetFromTheStaffMenuShowsTheWarningNow(FxRobot robot) {
        openStaffMenu(robot);
        robot.clickOn("#staff-test-idle");
        assertThat(showing(robot, "#staff-menu")).isFalse();
        assertThat(showing(robot, "#idle-warning")).isTrue();
        advance(robot, Duration.ofSeconds(20));
        assertThat(showing(robot, "#attract")).isTrue();
    }

    @Test
    void rightClickAndLongPressShowNoContextMenu(FxRobot robot) {
        begin(robot);
        Label heading = robot.lookup("#home-title").queryAs(Label.class);
        robot.interact(() -> heading.setContextMenu(new javafx.scene.control.ContextMenu(
                new javafx.scene.control.MenuItem("Not for visitors"))));
        robot.clickOn(heading, javafx.scene.input.MouseButton.SECONDARY);
        assertThat(robot.listWindows()).containsExactly(stage);
    }

    @Test
    void anExceptionInAHandlerIsLoggedAndTheKioskRecoversToHome(FxRobot robot) throws Exception {
        RecentErrors recent = new RecentErrors();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        recent.setContext(root.getLoggerContext());
        recent.start();
        root.addAppender(recent);
        Thread.UncaughtExceptionHandler before = WaitForAsyncUtils.asyncFx(
                () -> Thread.currentThread().getUncaughtExceptionHandler()).get();
        try {
            robot.interact(() -> new CrashGuard(clock, attendant::recover).install());
            begin(robot);
            robot.clickOn("#nav-test");
            robot.clickOn("#test-fail");
            assertThat(navigator.current().id()).isEqualTo("home");
            assertThat(recent.lines()).anySatisfy(line -> assertThat(line)
                    .contains("Unexpected error").contains("IllegalStateException: a bug in a handler"));
        } finally {
            root.detachAppender(recent);
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
            Thread.setDefaultUncaughtExceptionHandler(null);
        }
    }

    @Test
    void reloadsFromTheStaffMenuLeaveNoBaseMapFileOpenBehind(FxRobot robot) throws Exception {
        Path baseMap = BundledContent.BUNDLED.resolve(ContentLoader.BASE_MAP);
        long openAtStart = OpenFiles.on(baseMap);
        assertThat(openAtStart).as("the running exhibit's base map").isPositive();
        nextLoad = ContentLoader.load(BundledContent.BUNDLED);
        openStaffMenu(robot);
        for (int reload = 0; reload < 3; reload++) {
            robot.clickOn("#staff-reload");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#staff-status").queryAs(Label.class).getText()).contains("Content reloaded");
        }

        assertThat(OpenFiles.on(baseMap)).isEqualTo(openAtStart);
    }
}
