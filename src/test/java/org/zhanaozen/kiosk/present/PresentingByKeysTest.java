package org.zhanaozen.kiosk.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.content.TourStep;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.timeline.TimelineModel;
import org.zhanaozen.kiosk.timeline.TimelineScreen;

/**
 * Presentation mode through the whole kiosk, by the presenter's keys alone (a clicker sends Right, Page Down and
 * Space; a keyboard Left, a step number and Enter, B), with the timeline gliding to an event and without motion:
 * every step that names an event shows the timeline with that event's detail open.
 */
@UiTest
class PresentingByKeysTest {

    /** The keys a clicker and a keyboard send for "next", taken in turn from step to step. */
    private static final List<KeyCode> NEXT_KEYS = List.of(KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.SPACE);
    /** Far longer than the timeline's glide, on a loaded build machine. */
    private static final long GLIDE_TIMEOUT_SECONDS = 10;

    @TempDir
    Path temp;

    private Stage stage;
    private WholeKiosk kiosk;
    private Exhibit exhibit;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Starts the kiosk on the fixture content with its tour, presenting, with or without transitions. */
    private void present(FxRobot robot, boolean transitions) {
        Path content = temp.resolve("content");
        exhibit = TestContent.writeTo(content).withTour().load().valid().orElseThrow();
        String[] arguments = transitions ? new String[] {"--present"} : new String[] {"--present", "--no-transitions"};
        robot.interact(() -> {
            kiosk = WholeKiosk.startOn(stage, temp, content, 1920, 1080, arguments);
            stage.show();
        });
    }

    private Navigator navigator() {
        return kiosk.frame().navigator().orElseThrow();
    }

    private List<TourStep> steps() {
        return exhibit.tour().orElseThrow().steps();
    }

    /**
     * The timeline shows, with this event's detail open, once the glide there (with transitions) has brought the
     * event into view.
     */
    private void assertShowsEvent(FxRobot robot, String eventId, String after) throws TimeoutException {
        Event event = exhibit.event(eventId).orElseThrow();
        assertThat(navigator().current().id()).as("the screen after %s", after).isEqualTo("timeline");
        TimelineModel timeline = ((TimelineScreen) navigator().current()).model();
        long day = event.date().start().toEpochDay();
        WaitForAsyncUtils.waitFor(GLIDE_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> timeline.start() <= day && day < timeline.end());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timeline-overlay").match(Node::isVisible).tryQuery())
                .as("the event's detail open after %s", after).isPresent();
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText())
                .as("the open event after %s", after).isEqualTo(event.title());
    }

    @ParameterizedTest(name = "transitions {0}")
    @ValueSource(booleans = {true, false})
    void presentationStepsThatNameAnEventShowItsDetailByRightPageDownAndSpace(boolean transitions, FxRobot robot)
            throws TimeoutException {
        present(robot, transitions);
        assertThat(navigator().current().id()).as("the first step").isEqualTo(steps().get(0).screen().id());
        int eventSteps = 0;
        for (int index = 1; index < steps().size(); index++) {
            KeyCode key = NEXT_KEYS.get(index % NEXT_KEYS.size());
            robot.type(key);
            TourStep step = steps().get(index);
            String after = key + " to step " + (index + 1);
            if (step.event() != null) {
                assertShowsEvent(robot, step.event(), after);
                eventSteps++;
            } else {
                assertThat(navigator().current().id()).as("the screen after %s", after).isEqualTo(step.screen().id());
            }
        }
        assertThat(eventSteps).as("the fixture tour's timeline steps").isGreaterThan(2);
    }

    @ParameterizedTest(name = "transitions {0}")
    @ValueSource(booleans = {true, false})
    void presentationPreviousGoesBackToTheEventBefore(boolean transitions, FxRobot robot) throws TimeoutException {
        present(robot, transitions);
        int fromNonTimelineStep = stepOnOtherScreenAfterAnEvent();
        for (int index = 0; index < fromNonTimelineStep; index++) {
            robot.type(KeyCode.RIGHT);
        }

        robot.type(KeyCode.LEFT);
        assertShowsEvent(robot, steps().get(fromNonTimelineStep - 1).event(), "Left from another screen");
        robot.type(KeyCode.LEFT);
        assertShowsEvent(robot, steps().get(fromNonTimelineStep - 2).event(), "Left from an event");
    }

    @ParameterizedTest(name = "transitions {0}")
    @ValueSource(booleans = {true, false})
    void presentationNumberAndEnterJumpsToThatStepsEvent(boolean transitions, FxRobot robot) throws TimeoutException {
        present(robot, transitions);
        for (int index = steps().size() - 1; index > 0; index--) {
            TourStep step = steps().get(index);
            if (step.event() == null) {
                continue;
            }
            String number = Integer.toString(index + 1);
            for (char digit : number.toCharArray()) {
                robot.type(KeyCode.getKeyCode(String.valueOf(digit)));
            }
            robot.type(KeyCode.ENTER);
            assertShowsEvent(robot, step.event(), number + " and Enter");
        }
    }

    @ParameterizedTest(name = "transitions {0}")
    @ValueSource(booleans = {true, false})
    void presentationBBlacksTheScreenAndBAgainBringsTheEventBack(boolean transitions, FxRobot robot)
            throws TimeoutException {
        present(robot, transitions);
        int firstEventStep = firstEventStep();
        for (int index = 0; index < firstEventStep; index++) {
            robot.type(KeyCode.RIGHT);
        }
        String event = steps().get(firstEventStep).event();
        assertShowsEvent(robot, event, "Right");

        robot.type(KeyCode.B);
        assertThat(robot.lookup("#presentation-curtain").match(Node::isVisible).tryQuery())
                .as("the curtain after B").hasValueSatisfying(curtain ->
                        assertThat(curtain.getStyleClass()).contains(Curtain.Shade.BLACK.styleClass));
        assertThat(robot.lookup("#presentation-curtain").query().getBoundsInParent().getWidth())
                .as("the curtain covers the window").isEqualTo(kiosk.scene().getWidth());

        robot.type(KeyCode.B);
        assertThat(robot.lookup("#presentation-curtain").tryQuery()).as("the curtain after B again").isEmpty();
        assertShowsEvent(robot, event, "B again");
    }

    private int firstEventStep() {
        for (int index = 0; index < steps().size(); index++) {
            if (steps().get(index).event() != null) {
                return index;
            }
        }
        throw new AssertionError("the fixture tour names no event");
    }

    /** A step on another screen than the timeline that follows two event steps. */
    private int stepOnOtherScreenAfterAnEvent() {
        for (int index = 2; index < steps().size(); index++) {
            if (steps().get(index).event() == null && steps().get(index - 1).event() != null
                    && steps().get(index - 2).event() != null) {
                return index;
            }
        }
        throw new AssertionError("the fixture tour has no other screen after two events");
    }
}
