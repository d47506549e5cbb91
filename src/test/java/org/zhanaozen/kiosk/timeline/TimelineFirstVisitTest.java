package org.zhanaozen.kiosk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.WholeKiosk;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.ui.Messages;

/** Issue 12's timeline defects at 1920×1080, through the whole kiosk, by taps alone (fixture content). */
@UiTest
class TimelineFirstVisitTest {

    @TempDir
    Path temp;

    private WholeKiosk kiosk;

    @Start
    void start(Stage stage) {
        kiosk = WholeKiosk.start(stage, temp, 1920, 1080);
        stage.show();
    }

    @Test
    void theOpeningTimelineCutsNoCard(FxRobot robot) {
        TimelineVisit visit = new TimelineVisit(kiosk, robot).open();
        visit.assertEveryCardWhole("the opening view");
        assertThat(visit.cardOf("1991-12-16-crackdown")).as("the key event at the end of the opening view").isPresent();
        for (String year : new String[] {"#year-1992", "#year-1991"}) {
            robot.clickOn(year);
            visit.assertEveryCardWhole("the view " + year + " opens");
        }
    }

    @Test
    void emptyViewsSayWhyAndOfferTheWayOn(FxRobot robot) {
        TimelineVisit visit = new TimelineVisit(kiosk, robot).open();
        Event firstTrial = visit.event("1992-trial");
        robot.clickOn("#phase-chip-trials");
        robot.clickOn("#year-1991");
        assertThat(visit.cards()).isEmpty();
        assertThat(visit.showing("#timeline-empty")).as("a year with no event of the chosen phase says so").isTrue();
        assertThat(robot.lookup("#timeline-empty-message").queryAs(Label.class).getText())
                .startsWith(Messages.text("timeline.empty.filtered", "Trials", "")).contains("1991");
        assertThat(visit.showing("#timeline-empty-previous")).as("no trial before 1991").isFalse();
        assertThat(robot.lookup("#timeline-empty-next").queryAs(Labeled.class).getText())
                .isEqualTo(Messages.text("timeline.empty.next", firstTrial.dateText()));

        robot.clickOn("#timeline-empty-next");
        assertThat(visit.showing("#timeline-empty")).isFalse();
        assertThat(visit.cardOf(firstTrial.id())).isPresent();
        visit.assertEveryCardWhole("the view the next arrow opens");

        robot.clickOn("#year-1991");
        robot.clickOn("#timeline-empty-show-all");
        assertThat(visit.model().isFiltered()).isFalse();
        assertThat(visit.showing("#timeline-empty")).isFalse();
        assertThat(visit.cardOf("1991-05-11-strike-begins")).isPresent();

        // Unfiltered, zoomed in on a stretch with no event at all: the ways to the events either side of it.
        robot.clickOn("#zoom-in");
        robot.clickOn("#zoom-in");
        robot.clickOn("#year-1992");
        robot.type(KeyCode.RIGHT);
        assertThat(visit.showing("#timeline-empty")).isTrue();
        assertThat(robot.lookup("#timeline-empty-message").queryAs(Label.class).getText())
                .startsWith(Messages.text("timeline.empty", "")).contains("1992");
        assertThat(visit.showing("#timeline-empty-show-all")).isFalse();
        assertThat(robot.lookup("#timeline-empty-next").queryAs(Labeled.class).getText())
                .isEqualTo(Messages.text("timeline.empty.next", firstTrial.dateText()));
        Event lastBefore = visit.event("1991-12-17-emergency");
        assertThat(robot.lookup("#timeline-empty-previous").queryAs(Labeled.class).getText())
                .isEqualTo(Messages.text("timeline.empty.previous", lastBefore.dateText()));
        robot.clickOn("#timeline-empty-previous");
        assertThat(visit.showing("#timeline-empty")).isFalse();
        assertThat(visit.cardOf(lastBefore.id())).isPresent();
        visit.assertEveryCardWhole("the view the previous arrow opens");
    }
}
