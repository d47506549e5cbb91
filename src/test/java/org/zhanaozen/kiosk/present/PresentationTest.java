package org.zhanaozen.kiosk.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.content.TourStep;
import org.zhanaozen.kiosk.frame.IdleMonitor;
import org.zhanaozen.kiosk.frame.Link;

/** Presentation mode on the shipped tour, driven by real key presses and clicks, on a manual clock. */
@UiTest
class PresentationTest {

    private static final Exhibit EXHIBIT = PresentationRig.EXHIBIT;
    private Stage stage;
    private PresentationRig rig;

    @Start
    void start(Stage primary) {
        stage = primary;
        rig = new PresentationRig(stage, EXHIBIT, true, true, Optional.empty());
        rig.presentation.start(EXHIBIT);
    }

    private int index() {
        return rig.player().index();
    }

    private List<TourStep> steps() {
        return EXHIBIT.tour().orElseThrow().steps();
    }

    /** What a step names, written out here independently of the player. */
    private static Link expectedLink(TourStep step) {
        if (step.event() != null) {
            return new Link.ToEvent(step.event());
        }
        if (step.place() != null) {
            return step.zoom() != null ? new Link.ToPlaceAtZoom(step.place(), step.zoom()) : new Link.ToPlace(step.place());
        }
        if (step.person() != null) {
            return new Link.ToPerson(step.person());
        }
        return step.view() != null ? new Link.ToView(ScreenId.PEOPLE, step.view()) : null;
    }

    private FakeScreen fake(String id) {
        return switch (id) {
            case "timeline" -> rig.timeline;
            case "map" -> rig.map;
            case "people" -> rig.people;
            default -> null;
        };
    }

    @Test
    void startsOnTheFirstStepWithoutTheAttractStateAndNeverResetsForIdleness(FxRobot robot) {
        assertThat(index()).isZero();
        assertThat(rig.navigator.current().id()).isEqualTo("home");
        assertThat(rig.frame.overlays().getChildren()).isEmpty();
        robot.type(KeyCode.RIGHT);
        robot.interact(() -> rig.clock.advance(Duration.ofHours(2)));
        assertThat(rig.attendant.idle().state()).isEqualTo(IdleMonitor.State.ACTIVE);
        assertThat(rig.frame.overlays().getChildren()).isEmpty();
        assertThat(index()).isEqualTo(1);
    }

    @Test
    void everyStepOfTheTourShowsWhatItNames(FxRobot robot) {
        assertThat(steps()).isNotEmpty();
        for (int i = 0; i < steps().size(); i++) {
            int stepIndex = i;
            TourStep step = steps().get(i);
            robot.interact(() -> rig.navigator.goHome());
            robot.interact(() -> rig.player().jumpTo(stepIndex));
            assertThat(index()).as("step %d", i + 1).isEqualTo(i);
            assertThat(rig.navigator.current().id()).as("step %d", i + 1).isEqualTo(step.screen().id());
            Link expected = expectedLink(step);
            if (expected != null) {
                assertThat(fake(step.screen().id()).lastOpened()).as("step %d", i + 1).isEqualTo(expected);
            }
        }
        assertThat(rig.timeline.opened).hasSize((int) steps().stream().filter(s -> s.event() != null).count());
        assertThat(rig.map.opened).hasSize((int) steps().stream().filter(s -> s.place() != null).count());
        assertThat(rig.people.opened).contains(new Link.ToView(ScreenId.PEOPLE, "accused"));
    }

    @Test
    void clickerAndKeyboardKeysStepThroughTheTourAndScreensDoNotSeeThem(FxRobot robot) {
        AtomicInteger keysSeenBelow = new AtomicInteger();
        robot.interact(() -> rig.frame.root().addEventHandler(KeyEvent.ANY, e -> keysSeenBelow.incrementAndGet()));
        robot.type(KeyCode.RIGHT);
        assertThat(index()).isEqualTo(1);
        assertThat(rig.map.lastOpened()).isEqualTo(new Link.ToPlaceAtZoom("harbourtown", 7));
        robot.type(KeyCode.DOWN, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.ENTER);
        assertThat(index()).isEqualTo(5);
        robot.type(KeyCode.LEFT, KeyCode.UP);
        assertThat(index()).isEqualTo(3);
        robot.type(KeyCode.PAGE_UP, KeyCode.BACK_SPACE);
        assertThat(index()).isEqualTo(1);
        robot.type(KeyCode.END);
        int last = steps().size() - 1;
        assertThat(index()).isEqualTo(last);
        assertThat(rig.navigator.current().id()).isEqualTo(steps().get(last).screen().id());
        robot.type(KeyCode.RIGHT);
        assertThat(index()).as("no step after the last").isEqualTo(last);
        robot.type(KeyCode.HOME);
        assertThat(index()).isZero();
        robot.type(KeyCode.LEFT);
        assertThat(index()).as("no step before the first").isZero();
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.ENTER);
        assertThat(index()).isEqualTo(11);
        assertThat(rig.people.lastOpened()).isEqualTo(new Link.ToPerson("ivan-sorel"));
        robot.type(KeyCode.NUMPAD7, KeyCode.ENTER);
        assertThat(index()).isEqualTo(6);
        assertThat(rig.navigator.current().id()).isEqualTo("demands");
        robot.type(KeyCode.DIGIT9, KeyCode.DIGIT9, KeyCode.ENTER);
        assertThat(index()).as("step 99 does not exist").isEqualTo(6);
        assertThat(keysSeenBelow).hasValue(0);
    }

    private Optional<Region> curtain(FxRobot robot) {
        return robot.lookup("#presentation-curtain").tryQueryAs(Region.class);
    }

    @Test
    void blackAndWhiteScreensToggleAndAStepKeyOnlyLiftsThem(FxRobot robot) {
        robot.type(KeyCode.B);
        Region curtain = curtain(robot).orElseThrow();
        assertThat(curtain.isVisible()).isTrue();
        assertThat(curtain.getWidth()).isEqualTo(1920);
        assertThat(curtain.getBackground().getFills().get(0).getFill()).isEqualTo(Color.BLACK);
        robot.type(KeyCode.B);
        assertThat(curtain(robot)).isEmpty();
        robot.type(KeyCode.W);
        assertThat(curtain(robot).orElseThrow().getBackground().getFills().get(0).getFill()).isEqualTo(Color.WHITE);
        robot.type(KeyCode.PERIOD);
        assertThat(curtain(robot).orElseThrow().getStyleClass()).contains("curtain-black");
        robot.type(KeyCode.PERIOD);
        assertThat(curtain(robot)).isEmpty();
        robot.type(KeyCode.COMMA);
        assertThat(curtain(robot)).isPresent();
        robot.type(KeyCode.RIGHT);
        assertThat(curtain(robot)).isEmpty();
        assertThat(index()).as("the step key lifted the curtain only").isZero();
    }

    @Test
    void escLeavesForTheStaffPinAndTheStaffMenuOffersToPresentAgain(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.ESCAPE);
        assertThat(rig.presentation.presentingProperty().get()).isFalse();
        assertThat(rig.attendant.idle().enabledProperty().get()).isTrue();
        for (char digit : PresentationRig.PIN.toCharArray()) {
            robot.clickOn("#pin-key-" + digit);
        }
        robot.clickOn("#pin-ok");
        assertThat(robot.lookup("#staff-menu").tryQuery()).isPresent();
        robot.type(KeyCode.RIGHT);
        assertThat(rig.navigator.current().id()).as("keys no longer step the tour").isEqualTo("map");
        robot.clickOn("#staff-present");
        assertThat(robot.lookup("#staff-menu").tryQuery()).isEmpty();
        assertThat(rig.presentation.presentingProperty().get()).isTrue();
        assertThat(index()).isZero();
        assertThat(rig.attendant.idle().enabledProperty().get()).isFalse();
    }

    @Test
    void escWithoutAPinJustLeavesPresentationMode(FxRobot robot) {
        robot.interact(() -> {
            rig = new PresentationRig(stage, EXHIBIT, true, false, Optional.empty());
            rig.presentation.start(EXHIBIT);
        });
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.ESCAPE);
        assertThat(rig.presentation.presentingProperty().get()).isFalse();
        assertThat(rig.frame.overlays().getChildren()).isEmpty();
        assertThat(rig.navigator.current().id()).isEqualTo("map");
        robot.type(KeyCode.RIGHT);
        assertThat(rig.map.opened).hasSize(1);
    }

    @Test
    void afterFreeNavigationNextContinuesFromTheStepLeft(FxRobot robot) {
        robot.type(KeyCode.DIGIT7, KeyCode.ENTER);
        assertThat(rig.navigator.current().id()).isEqualTo("demands");
        robot.clickOn("#nav-context");
        robot.clickOn("#nav-home");
        assertThat(rig.navigator.current().id()).isEqualTo("home");
        robot.type(KeyCode.RIGHT);
        assertThat(index()).isEqualTo(7);
        assertThat(rig.timeline.lastOpened()).isEqualTo(new Link.ToEvent("1991-12-17-emergency"));
        assertThat(rig.navigator.current().id()).isEqualTo("timeline");
    }

    @Test
    void autoplayAdvancesLoopsStopsOnATouchAndResumesAfterTheIdleTimeout(FxRobot robot) {
        robot.interact(() -> {
            rig = new PresentationRig(stage, EXHIBIT, true, true, Optional.of(Duration.ofSeconds(10)));
            rig.presentation.start(EXHIBIT);
        });
        robot.interact(() -> rig.clock.advance(Duration.ofSeconds(10)));
        assertThat(index()).isEqualTo(1);
        robot.interact(() -> rig.clock.advance(Duration.ofSeconds(10)));
        assertThat(index()).isEqualTo(2);
        robot.clickOn("#nav-demands");
        assertThat(rig.presentation.autoplaying()).isFalse();
        robot.interact(() -> rig.clock.advance(PresentationRig.IDLE_TIMEOUT.minusSeconds(1)));
        assertThat(index()).isEqualTo(2);
        assertThat(rig.navigator.current().id()).isEqualTo("demands");
        assertThat(rig.attendant.idle().state()).isEqualTo(IdleMonitor.State.ACTIVE);
        robot.interact(() -> rig.clock.advance(Duration.ofSeconds(1)));
        assertThat(rig.presentation.autoplaying()).isTrue();
        assertThat(rig.navigator.current().id()).as("the step left is shown again").isEqualTo("map");
        assertThat(rig.map.lastOpened()).isEqualTo(new Link.ToPlaceAtZoom("portside", 4));
        robot.interact(() -> rig.clock.advance(Duration.ofSeconds(10)));
        assertThat(index()).isEqualTo(3);
        robot.interact(() -> rig.player().jumpTo(steps().size() - 1));
        robot.interact(() -> rig.clock.advance(Duration.ofSeconds(10)));
        assertThat(index()).as("loops to the first step").isZero();
        robot.type(KeyCode.RIGHT);
        assertThat(rig.presentation.autoplaying()).as("a clicker does not stop autoplay").isTrue();
        robot.interact(() -> rig.clock.advance(Duration.ofSeconds(9)));
        assertThat(index()).as("a step by hand starts the interval afresh").isEqualTo(1);
        robot.interact(() -> rig.clock.advance(Duration.ofSeconds(1)));
        assertThat(index()).isEqualTo(2);
    }

    @Test
    void presentingFromTheStaffMenuStartsOnTheFirstStep(FxRobot robot) {
        robot.interact(() -> rig.presentation.stop());
        robot.interact(() -> rig.attendant.openStaffAccess());
        for (char digit : PresentationRig.PIN.toCharArray()) {
            robot.clickOn("#pin-key-" + digit);
        }
        robot.clickOn("#pin-ok");
        Node present = robot.lookup("#staff-present").query();
        assertThat(present.getBoundsInLocal().getHeight()).isGreaterThanOrEqualTo(60);
        robot.clickOn(present);
        assertThat(rig.presentation.presentingProperty().get()).isTrue();
        assertThat(rig.frame.overlays().getChildren()).isEmpty();
    }
}
