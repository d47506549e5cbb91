package org.zhanaozen.kiosk.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.TestScreens;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.content.Tour;
import org.zhanaozen.kiosk.content.TourStep;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;

/** Steps this build cannot show: skipped in the direction of travel, or shown as their screen; never an exception. */
@UiTest
class TourPlayerTest {

    private static final Exhibit EXHIBIT = PresentationRig.EXHIBIT;
    /** Only the text screens: home, demands, context, closing. No map, timeline or people. */
    private Navigator realScreensOnly;

    @Start
    void start(Stage stage) {
        realScreensOnly = TestScreens.only(EXHIBIT, PresentationRig.TEXT_SCREENS);
    }

    private static TourStep screen(String id) {
        return new TourStep(ScreenId.of(id), null, null, null, null, null, null);
    }

    @Test
    void stepsWithAMissingScreenAreSkippedInTheDirectionOfTravel(FxRobot robot) {
        TourPlayer player = new TourPlayer(EXHIBIT.tour().orElseThrow(), realScreensOnly);
        assertThatCode(() -> robot.interact(() -> {
            player.first();
            assertThat(player.index()).isZero();
            player.next();
            assertThat(player.index()).as("steps 2-6 are map and timeline steps").isEqualTo(6);
            assertThat(realScreensOnly.current().id()).isEqualTo("demands");
            player.next();
            assertThat(player.index()).isEqualTo(9);
            assertThat(realScreensOnly.current().id()).isEqualTo("context");
            player.previous();
            assertThat(player.index()).isEqualTo(6);
            player.jumpTo(1);
            assertThat(player.index()).isEqualTo(6);
            player.last();
            assertThat(player.index()).isEqualTo(EXHIBIT.tour().orElseThrow().steps().size() - 1);
            assertThat(realScreensOnly.current().id()).isEqualTo("closing");
            player.previous();
            assertThat(player.index()).as("the accused view is on the missing people screen").isEqualTo(9);
        })).doesNotThrowAnyException();
    }

    @Test
    void aTourWithNothingThisBuildCanShowStaysPut(FxRobot robot) {
        TourPlayer player = new TourPlayer(new Tour("t", List.of(screen("home"), screen("timeline"), screen("map"))),
                realScreensOnly);
        robot.interact(() -> {
            player.first();
            player.next();
            player.nextLooping();
        });
        assertThat(player.index()).isZero();
        assertThat(realScreensOnly.current().id()).isEqualTo("home");
    }

    @Test
    void aTargetTheScreenCannotOpenFallsBackToTheScreen(FxRobot robot) {
        FakeScreen people = new FakeScreen("people", "People", link -> link instanceof Link.ToPerson);
        robot.interact(() -> realScreensOnly.register(people));
        Tour tour = new Tour("t", List.of(screen("home"),
                new TourStep(ScreenId.PEOPLE, null, null, null, null, "victims", null)));
        TourPlayer player = new TourPlayer(tour, realScreensOnly);
        robot.interact(player::last);
        assertThat(player.index()).isEqualTo(1);
        assertThat(realScreensOnly.current()).isSameAs(people);
        assertThat(people.opened).isEmpty();
    }

    @Test
    void aScreenThatFailsToOpenItsTargetIsShownAnyway(FxRobot robot) {
        Screen failing = new FakeScreen("timeline", "Timeline", link -> true) {
            @Override
            public void open(Link link) {
                throw new IllegalStateException("broken");
            }
        };
        robot.interact(() -> realScreensOnly.register(failing));
        TourPlayer player = new TourPlayer(new Tour("t", List.of(
                new TourStep(ScreenId.TIMELINE, "any-event", null, null, null, null, null))), realScreensOnly);
        assertThatCode(() -> robot.interact(player::first)).doesNotThrowAnyException();
        assertThat(realScreensOnly.current()).isSameAs(failing);
    }
}
